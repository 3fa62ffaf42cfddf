package se.klusterportalen.cluster;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.AuditTrail;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.Optional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

@IntegrationTest
@Transactional
class ClusterMembersIntegrationTest {

    static final String PREFIX = "Testkluster medlemmar ";

    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired ClusterFixtures fixtures;
    @Autowired AuditTrail audit;


    private ClusterId idOf(String name) {
        return fixtures.idOf(name);
    }

    private ClusterId testCluster() {
        return fixtures.create(PREFIX + "1");
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void theDemoPortfolioHasPlausibleMemberCountsAndATrend() {
        var mediaEvolution = clusters.profile(idOf("Media Evolution")).orElseThrow();

        assertThat(mediaEvolution.latestMembers()).get().satisfies(latest -> {
            assertThat(latest.year()).isEqualTo(2021);
            assertThat(latest.total()).isEqualTo(400);
            assertThat(latest.typesPresent()).isEqualTo(5);
        });
        assertThat(mediaEvolution.memberTrend()).get().satisfies(trend -> assertThat(trend).isPositive());
        assertThat(clusters.portfolioFacts()).filteredOn(f -> f.name().equals("Media Evolution")).singleElement()
                .satisfies(facts -> {
                    assertThat(facts.latestMemberCount()).contains(400);
                    assertThat(facts.previousMemberCount()).contains(380);
                    assertThat(facts.eccpRegistered()).isTrue();
                    assertThat(facts.hasCommunicationPlan()).isTrue();
                });

        assertThat(login.inOwnTransaction(NMS_POLITICIAN, () -> clusters.portfolio()))
                .filteredOn(row -> row.name().equals("Paper Province")).singleElement()
                .satisfies(row -> assertThat(row.latestMembers()).contains(110));
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void eccpEligibilityNamesEveryUnmetPointOfTheClusterBeingSetUp() {
        var eccp = clusters.profile(idOf("Besöksnäringsklustret Skåne")).orElseThrow().eccp();

        assertThat(eccp.eligible()).isFalse();
        assertThat(eccp.unmet()).containsExactly(
                new EccpEligibility.Unmet(EccpCriterion.MANAGEMENT_FTE, "0.25"),
                new EccpEligibility.Unmet(EccpCriterion.ENGLISH_WEBSITE, ""),
                new EccpEligibility.Unmet(EccpCriterion.MEMBERS, "12"),
                new EccpEligibility.Unmet(EccpCriterion.MEMBER_TYPES, "1"));
        assertThat(clusters.profile(idOf("Media Evolution")).orElseThrow().eccp().eligible()).isTrue();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aPageOfHistoryHoldsTheNewestEntriesOfTheWholeHistoryWithTheSameChanges() {
        var id = testCluster();
        audit.record();
        for (int year = 2015; year <= 2022; year++) {
            clusters.saveMembers(id, MemberCounts.of(year, 10 + year - 2015, 2, 1, 1, 0), true);
            audit.record();
        }
        clusters.saveMembers(id, MemberCounts.of(2016, 30, 3, 1, 1, 1), false); // an older year corrected
        audit.record();
        for (int i = 1; i <= 3; i++) {
            var draft = clusters.draftOf(id);
            draft.setDescription("Beskrivning " + i);
            draft.setSector("Bransch " + i);
            clusters.update(id, clusters.profile(id).orElseThrow().version(), draft);
            audit.record();
        }
        var all = clusters.history(id);
        assertThat(all).hasSizeGreaterThan(12);

        for (int limit : List.of(1, 2, 5, 11, all.size() - 1, all.size(), all.size() + 3)) {
            var page = clusters.history(id, limit);
            var shown = page.changes();
            assertThat(shown).as("limit %d", limit).hasSize(Math.min(limit, all.size()));
            assertThat(all).as("the same entries, each with the same old -> new").containsAll(shown);
            assertThat(page.older()).as("limit %d", limit).isEqualTo(limit < all.size());
            var oldestShown = shown.getLast().at();
            assertThat(all.stream().filter(change -> change.at().isAfter(oldestShown)))
                    .as("nothing newer left out").allMatch(shown::contains);
        }
        assertThat(clusters.history(id, 1).changes().getFirst().fields())
                .contains(new ClusterChange.Field("sector", "Bransch 2", "Bransch 3"));
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aNewYearIsRecordedAndTheLatestTotalFollowsIt() {
        var id = testCluster();
        audit.record();
        clusters.saveMembers(id, MemberCounts.of(2022, 10, 2, 1, 1, 0), true);
        audit.record();
        clusters.saveMembers(id, MemberCounts.of(2023, 12, 2, 2, 1, 1), true);
        audit.record();

        var profile = clusters.profile(id).orElseThrow();
        assertThat(profile.latestMembers().map(MemberCounts::total)).contains(18);
        assertThat(profile.memberTrend()).contains(4);
        assertThat(profile.eccp().unmet()).extracting(EccpEligibility.Unmet::criterion)
                .doesNotContain(EccpCriterion.MEMBERS, EccpCriterion.MEMBER_TYPES);
        assertThat(clusters.history(id)).anySatisfy(change -> {
            assertThat(change.subject()).isEqualTo(ClusterChange.Subject.MEMBERS);
            assertThat(change.subjectLabel()).isEqualTo("2023");
        });
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void badCountsAndAYearTwiceAreRefused() {
        var id = testCluster();
        clusters.saveMembers(id, MemberCounts.of(2022, 10, 2, 1, 1, 0), true);

        assertThatThrownBy(() -> clusters.saveMembers(id, MemberCounts.of(2022, 1, 1, 1, 1, 1), true))
                .isInstanceOfSatisfying(Rejection.Invalid.class,
                        e -> assertThat(e.messageKeyByField()).containsEntry("year", "cluster.error.members.year-exists"));
        assertThatThrownBy(() -> clusters.saveMembers(id, MemberCounts.of(1850, 1, 1, 1, 1, 1), true))
                .isInstanceOfSatisfying(Rejection.Invalid.class,
                        e -> assertThat(e.messageKeyByField()).containsEntry("year", "cluster.error.members.year"));
        assertThatThrownBy(() -> clusters.saveMembers(id, MemberCounts.of(2021, -1, 1, 1, 1, 1), true))
                .isInstanceOfSatisfying(Rejection.Invalid.class,
                        e -> assertThat(e.messageKeyByField()).containsEntry("SME", "cluster.error.members.count"));
        assertThat(clusters.profile(id).orElseThrow().members()).extracting(MemberCounts::year).containsExactly(2022);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aStaleYearIsRefused() {
        var id = testCluster();
        clusters.saveMembers(id, MemberCounts.of(2022, 10, 2, 1, 1, 0), true);
        var loaded = clusters.profile(id).orElseThrow().members().getFirst();

        clusters.saveMembers(id, new MemberCounts(2022, MemberCounts.of(2022, 11, 2, 1, 1, 0).byType(), loaded.version()), false);

        assertThatThrownBy(() -> clusters.saveMembers(id,
                new MemberCounts(2022, MemberCounts.of(2022, 99, 2, 1, 1, 0).byType(), loaded.version()), false))
                .isInstanceOf(Rejection.Stale.class);
        assertThat(clusters.profile(id).orElseThrow().latestMembers().map(m -> m.count(MemberType.SME))).contains(11);
    }

    @Test
    @SignedInAs(SKANE_MANAGER)
    void theManagerRecordsMembersOfTheirOwnClusterOnly() {
        var own = idOf("Mobile Heights");
        var named = clusters.addNamedMember(own, "Testföretag AB", MemberType.SME, 2020);
        assertThat(clusters.namedMembers(own)).contains(named);
        clusters.removeNamedMember(own, named.id());
        assertThat(clusters.namedMembers(own)).doesNotContain(named);

        var other = idOf("Packbridge");
        assertThatThrownBy(() -> clusters.saveMembers(other, MemberCounts.of(2022, 1, 1, 1, 1, 1), true))
                .isInstanceOf(Rejection.Forbidden.class);
        assertThatThrownBy(() -> clusters.addNamedMember(other, "X", MemberType.SME, null))
                .isInstanceOf(Rejection.Forbidden.class);

        login.as(SKANE_POLITICIAN);
        assertThatThrownBy(() -> clusters.saveMembers(own, MemberCounts.of(2022, 1, 1, 1, 1, 1), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(clusters.profile(own).map(ClusterProfile::latestMembers).flatMap(o -> o))
                .map(MemberCounts::year).isEqualTo(Optional.of(2021));
    }
}
