package se.klusterportalen.cluster;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.SignedInAs;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * Issue #11: a repeated "save" of the same new-cluster or new-area form (a double click that got through, a retry
 * after a lost answer) creates one record, where the name check alone would have answered "name taken".
 */
@IntegrationTest
@Transactional
@SignedInAs(SKANE_OFFICER)
class ClusterRepeatedCreateIntegrationTest {

    @Autowired ClusterService clusters;
    @Autowired ClusterFixtures fixtures;

    @Test
    void theSameClusterFormSavedTwiceCreatesOneCluster() {
        int before = clusters.list().size();
        String name = ClusterFixtures.unique("Dubbelklick");
        var form = ClusterId.random();
        var draft = clusters.newDraft();
        draft.setName(name);

        var first = clusters.create(form, draft);
        var second = clusters.create(form, draft);

        assertThat(second).isEqualTo(first).isEqualTo(form);
        assertThat(clusters.list()).hasSize(before + 1).filteredOn(c -> c.name().equals(name)).hasSize(1);
    }

    @Test
    void theSameAreaFormSavedTwiceAddsOneArea() {
        int before = clusters.areaUse().size();
        String name = ClusterFixtures.unique("Dubbelklick");
        var form = UUID.randomUUID();

        var first = clusters.addArea(form, name);
        var second = clusters.addArea(form, name);

        assertThat(second).isEqualTo(first);
        assertThat(first.id()).isEqualTo(form);
        assertThat(clusters.areaUse()).hasSize(before + 1);
    }

    @Test
    void theSameNewMemberYearSentTwiceIsStoredOnceAndAChangedOneIsRefused() {
        var cluster = fixtures.create(ClusterFixtures.unique("Dubbelklick"));
        var counts = MemberCounts.of(2025, 40, 3, 2, 1, 0);

        clusters.saveMembers(cluster, counts, true);
        clusters.saveMembers(cluster, counts, true);

        assertThat(clusters.profile(cluster).orElseThrow().members()).singleElement()
                .satisfies(year -> assertThat(year.total()).isEqualTo(46));
        assertThatThrownBy(() -> clusters.saveMembers(cluster, MemberCounts.of(2025, 41, 3, 2, 1, 0), true))
                .isInstanceOfSatisfying(Rejection.Invalid.class, refused ->
                        assertThat(refused.messageKeyByField()).containsEntry("year", "cluster.error.members.year-exists"));
    }

    @Test
    void theSameNamedMemberSentTwiceIsListedOnce() {
        var cluster = fixtures.create(ClusterFixtures.unique("Dubbelklick"));

        var first = clusters.addNamedMember(cluster, "Alfa Laval AB", MemberType.LARGE_COMPANY, 2015);
        var second = clusters.addNamedMember(cluster, "Alfa Laval AB", MemberType.LARGE_COMPANY, 2015);

        assertThat(second).isEqualTo(first);
        assertThat(clusters.namedMembers(cluster)).extracting(NamedMember::name).containsExactly("Alfa Laval AB");
        assertThatThrownBy(() -> clusters.addNamedMember(cluster, "alfa laval ab", MemberType.SME, null))
                .isInstanceOfSatisfying(Rejection.Invalid.class, refused ->
                        assertThat(refused.messageKeyByField()).containsEntry("memberName", "cluster.error.named-member.listed"));
    }
}
