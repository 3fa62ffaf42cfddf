package se.klusterportalen.cluster;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.UserDirectory;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.AuditTrail;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

@IntegrationTest
@Transactional
class ClusterProfileIntegrationTest {

    static final String PREFIX = "Testkluster profil ";

    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired ClusterFixtures fixtures;
    @Autowired AuditTrail audit;


    private ClusterId idOf(String name) {
        return fixtures.idOf(name);
    }

    private ClusterId createTestCluster(String suffix) {
        return fixtures.createWithProfile(PREFIX + suffix);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void officerCreatesAClusterAndTheOrganisationNumberIsStoredWithItsHyphen() {
        var id = createTestCluster("ny");

        var profile = clusters.profile(id).orElseThrow();
        assertThat(profile.hostOrgNumber()).isEqualTo("232100-0255");
        assertThat(profile.status()).isEqualTo(ClusterStatus.ACTIVE);
        assertThat(profile.contacts()).extracting(ContactPerson::name).containsExactly("Test Person");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void everyBrokenRuleIsReportedPerFieldAndNothingIsSaved() {
        var id = createTestCluster("regler");
        var loaded = clusters.profile(id).orElseThrow();
        var draft = clusters.draftOf(id);
        draft.setName(" ");
        draft.setDescription("x".repeat(2001));
        draft.setHostOrgNumber("232100-0256");
        draft.setWebsite("www.utan-schema");
        draft.setFoundingYear(1500);
        draft.setManagementFte(new BigDecimal("-1"));
        draft.setStatus(ClusterStatus.CLOSED);
        draft.setEccpProfileUrl("https://eccp.example.eu/x");

        assertThatThrownBy(() -> clusters.update(id, loaded.version(), draft))
                .isInstanceOfSatisfying(Rejection.Invalid.class, e -> assertThat(e.messageKeyByField())
                        .containsEntry("name", "cluster.error.name.required")
                        .containsEntry("description", "cluster.error.text.too-long")
                        .containsEntry("hostOrgNumber", "cluster.error.org-number.check-digit")
                        .containsEntry("website", "cluster.error.url.invalid")
                        .containsEntry("foundingYear", "cluster.error.founding-year.range")
                        .containsEntry("managementFte", "cluster.error.fte.range")
                        .containsEntry("closedOn", "cluster.error.closed-on.required")
                        .containsEntry("eccpRegistered", "cluster.error.eccp.details-without-registration"));

        var after = clusters.profile(id).orElseThrow();
        assertThat(after.name()).isEqualTo(PREFIX + "regler");
        assertThat(after.version()).isEqualTo(loaded.version());
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theNameIsUniqueInTheRegionWhateverTheCase() {
        var id = createTestCluster("unik");
        var draft = clusters.draftOf(id);
        draft.setName("PACKBRIDGE");

        assertThatThrownBy(() -> clusters.update(id, clusters.profile(id).orElseThrow().version(), draft))
                .isInstanceOfSatisfying(Rejection.Invalid.class,
                        e -> assertThat(e.messageKeyByField()).containsEntry("name", "cluster.error.name.taken"));
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theSecondOfTwoEditsFromTheSameVersionIsRefusedAndTheFirstStays() {
        var id = createTestCluster("samtidigt");
        long version = clusters.profile(id).orElseThrow().version();
        var first = clusters.draftOf(id);
        var second = clusters.draftOf(id);
        first.setDescription("Första ändringen");
        second.setDescription("Andra ändringen");

        clusters.update(id, version, first);

        assertThatThrownBy(() -> clusters.update(id, version, second)).isInstanceOf(Rejection.Stale.class)
                .hasMessage("cluster.error.stale");
        assertThat(clusters.profile(id).orElseThrow().description()).isEqualTo("Första ändringen");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aChangeOfContactsAloneStillMakesAnOlderVersionStale() {
        var id = createTestCluster("kontakter");
        long version = clusters.profile(id).orElseThrow().version();
        var first = clusters.draftOf(id);
        first.setContacts(List.of(ContactPerson.create("Ny Person", null, null, null)));
        clusters.update(id, version, first);

        var second = clusters.draftOf(id);
        assertThatThrownBy(() -> clusters.update(id, version, second)).isInstanceOf(Rejection.Stale.class);
        assertThat(clusters.profile(id).orElseThrow().contacts()).extracting(ContactPerson::name)
                .containsExactly("Ny Person");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void officerClosesAClusterWithADateAndItStaysInThePortfolio() {
        var id = createTestCluster("stängs");
        long version = clusters.profile(id).orElseThrow().version();

        clusters.close(id, version, LocalDate.of(2024, 6, 30));

        var profile = clusters.profile(id).orElseThrow();
        assertThat(profile.status()).isEqualTo(ClusterStatus.CLOSED);
        assertThat(profile.closedOn()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(clusters.list()).extracting(ClusterSummary::name).contains(PREFIX + "stängs");
    }

    @Test
    @SignedInAs(SKANE_MANAGER)
    void theManagerEditsTheirOwnClusterButNoOtherAndNotItsStatus() {
        var own = idOf("Mobile Heights");
        var other = idOf("Packbridge");
        var profile = clusters.profile(own).orElseThrow();
        var draft = clusters.draftOf(own);
        String description = draft.getDescription();
        draft.setDescription(description + " ");
        draft.setWebsite("https://mobileheights.org/en");

        clusters.update(own, profile.version(), draft);
        assertThat(clusters.profile(own).orElseThrow().website()).isEqualTo("https://mobileheights.org/en");

        assertThat(clusters.mayEdit(other)).isFalse();
        assertThatThrownBy(() -> clusters.draftOf(other)).isInstanceOf(Rejection.Forbidden.class);
        var foreign = clusters.draftOf(own);
        assertThatThrownBy(() -> clusters.update(other, clusters.profile(other).orElseThrow().version(), foreign))
                .isInstanceOf(Rejection.Forbidden.class);

        var closing = clusters.draftOf(own);
        closing.setStatus(ClusterStatus.CLOSED);
        closing.setClosedOn(LocalDate.of(2024, 1, 1));
        assertThatThrownBy(() -> clusters.update(own, clusters.profile(own).orElseThrow().version(), closing))
                .isInstanceOfSatisfying(Rejection.Invalid.class,
                        e -> assertThat(e.messageKeyByField()).containsEntry("status", "cluster.error.status.officer-only"));
        assertThatThrownBy(() -> clusters.create(clusters.newDraft())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void thePoliticianReadsButNeverSeesContactsOrEdits() {
        var id = idOf("Media Evolution");

        var profile = clusters.profile(id).orElseThrow();
        assertThat(profile.contactsHidden()).isTrue();
        assertThat(profile.contacts()).isEmpty();
        assertThat(clusters.mayEdit(id)).isFalse();
        assertThatThrownBy(() -> clusters.draftOf(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clusters.managers(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(clusters.history(id)).noneMatch(change -> change.subject() == ClusterChange.Subject.CONTACT);

        login.as(SKANE_OFFICER);
        assertThat(clusters.profile(id).orElseThrow().contacts()).isNotEmpty();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theHistoryShowsWhoChangedWhatFromOldToNew() {
        var id = createTestCluster("historik");
        audit.record();
        var draft = clusters.draftOf(id);
        draft.setSector("Ny bransch");
        clusters.update(id, clusters.profile(id).orElseThrow().version(), draft);
        audit.record();

        var latest = clusters.history(id).getFirst();
        assertThat(latest.username()).isEqualTo(SKANE_OFFICER);
        assertThat(latest.userDisplayName()).isEqualTo("Sara Handläggare");
        assertThat(latest.kind()).isEqualTo(ClusterChange.Kind.CHANGED);
        assertThat(latest.fields()).containsExactly(new ClusterChange.Field("sector", "Test", "Ny bransch"));
        assertThat(clusters.history(id).getLast().kind()).isEqualTo(ClusterChange.Kind.CREATED);
    }

    /**
     * The areas of each profile revision are named as they were then (read for a whole page of revisions at once,
     * issue #19), and a page of the newest entries is the same as the start of the whole history, for every page size.
     */
    @Test
    @SignedInAs(SKANE_OFFICER)
    void theHistoryNamesEachRevisionsAreasAndAPageIsTheStartOfTheWholeHistory() {
        var id = createTestCluster("områdeshistorik");
        audit.record();
        var first = clusters.addArea("Historikområde Ä");
        var second = clusters.addArea("Historikområde B");
        for (var areas : List.of(Set.of(first.id()), Set.of(first.id(), second.id()), Set.of(second.id()))) {
            var draft = clusters.draftOf(id);
            draft.setAreaIds(areas);
            clusters.update(id, clusters.profile(id).orElseThrow().version(), draft);
            audit.record();
        }
        var draft = clusters.draftOf(id);
        draft.setSector("Efter områdena");
        clusters.update(id, clusters.profile(id).orElseThrow().version(), draft);
        audit.record();

        var whole = clusters.history(id);
        var profile = whole.stream().filter(change -> change.subject() == ClusterChange.Subject.PROFILE).toList();
        assertThat(profile).hasSize(5);
        assertThat(profile.get(0).fields()).containsExactly(new ClusterChange.Field("sector", "Test", "Efter områdena"));
        assertThat(profile.get(1).fields()).containsExactly(
                new ClusterChange.Field("areaIds", "Historikområde B, Historikområde Ä", "Historikområde B"));
        assertThat(profile.get(2).fields()).containsExactly(
                new ClusterChange.Field("areaIds", "Historikområde Ä", "Historikområde B, Historikområde Ä"));
        assertThat(profile.get(3).fields()).containsExactly(new ClusterChange.Field("areaIds", "", "Historikområde Ä"));
        assertThat(profile.get(4).kind()).isEqualTo(ClusterChange.Kind.CREATED);
        for (int limit = 1; limit <= whole.size() + 1; limit++) {
            var page = clusters.history(id, limit);
            assertThat(page.changes()).as("page of %d", limit)
                    .isEqualTo(whole.subList(0, Math.min(limit, whole.size())));
            assertThat(page.older()).as("page of %d", limit).isEqualTo(limit < whole.size());
        }
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void managersAreBoundByTheOfficerAndThenManageTheCluster() {
        var id = createTestCluster("ledare");
        assertThat(clusters.managerCandidates(id)).extracting(UserDirectory.DirectoryUser::username)
                .contains(SKANE_MANAGER).doesNotContain(NMS_MANAGER, SKANE_OFFICER);
        clusters.bindManager(id, SKANE_MANAGER);
        assertThat(clusters.managers(id)).extracting(UserDirectory.DirectoryUser::username).containsExactly(SKANE_MANAGER);
        assertThat(clusters.managers(id).getFirst().displayName()).isNotEqualTo(SKANE_MANAGER);
        assertThat(clusters.managerCandidates(id)).extracting(UserDirectory.DirectoryUser::username)
                .doesNotContain(SKANE_MANAGER);
        for (String notAManagerHere : new String[]{NMS_MANAGER, SKANE_OFFICER, "finns.inte"}) {
            assertThatThrownBy(() -> clusters.bindManager(id, notAManagerHere))
                    .isInstanceOfSatisfying(Rejection.Invalid.class, e -> assertThat(e.messageKeyByField())
                            .containsEntry("manager", "cluster.error.manager.not-a-manager"));
        }
        assertThat(clusters.managers(id)).hasSize(1);

        login.as(SKANE_MANAGER);
        assertThat(clusters.managesCluster(id)).isTrue();
        assertThat(clusters.managedByCurrentUser()).contains(idOf("Mobile Heights"), id);

        login.as(SKANE_OFFICER);
        clusters.unbindManager(id, SKANE_MANAGER);
        login.as(SKANE_MANAGER);
        assertThat(clusters.managesCluster(id)).isFalse();
        assertThatThrownBy(() -> clusters.bindManager(id, SKANE_MANAGER)).isInstanceOf(AccessDeniedException.class);
    }
}
