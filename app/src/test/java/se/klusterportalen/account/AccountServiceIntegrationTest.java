package se.klusterportalen.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.HttpClientErrorException;
import se.klusterportalen.audit.AuditHistoryService;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Role;
import se.klusterportalen.security.UnreachableKeycloak;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.KeycloakTestAdmin;
import se.klusterportalen.testsupport.RealLogin;
import se.klusterportalen.testsupport.SignedInAs;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.ADMIN;
import static se.klusterportalen.testsupport.DemoUsers.NMS_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * The programme officer's user administration against the real Keycloak (issue #17). Invitations that must be
 * seen by Keycloak's sign-in are committed ({@code inOwnTransaction}) with unique e-mail addresses.
 */
@IntegrationTest
class AccountServiceIntegrationTest {

    @Autowired RealLogin login;
    @Autowired AccountService accounts;
    @Autowired ClusterService clusters;
    @Autowired KeycloakTestAdmin keycloak;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserAccountRepository records;
    @Autowired AuditHistoryService audit;
    @Autowired CurrentUser currentUser;

    private static String uniqueEmail(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    }

    private ClusterId clusterNamed(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private RegionAccount listed(String officer, String username) {
        return login.inOwnTransaction(officer, () -> accounts.list().stream()
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow());
    }

    private String idOf(String officer, String username) {
        return listed(officer, username).id();
    }

    @Test
    void anOfficerInvitesAClusterManagerWhoSignsInAndEditsOnlyTheBoundCluster() {
        String email = uniqueEmail("Klara.Ledare");
        String username = email.toLowerCase();
        Invitation invitation = login.inOwnTransaction(SKANE_OFFICER, () -> {
            var packbridge = clusterNamed("Packbridge");
            return accounts.invite(new InviteRequest(" Klara ", "Ledare", email, Role.CLUSTER_MANAGER,
                    Set.of(packbridge)));
        });

        // the development realm has no SMTP server: a temporary password, shown once
        assertThat(invitation.kind()).isEqualTo(InvitationKind.TEMPORARY_PASSWORD);
        assertThat(invitation.temporaryPassword()).hasSize(16);
        assertThat(invitation.username()).isEqualTo(username);
        RegionAccount listed = listed(SKANE_OFFICER, username);
        assertThat(listed.displayName()).isEqualTo("Klara Ledare");
        assertThat(listed.role()).isEqualTo(Role.CLUSTER_MANAGER);
        assertThat(listed.clusters()).extracting(BoundCluster::name).containsExactly("Packbridge");
        assertThat(listed.enabled()).isTrue();
        assertThat(listed.invitedBy()).isEqualTo(SKANE_OFFICER);
        assertThat(listed.lastSignIn()).isNull();
        assertThat(listed.createdAt()).isNotNull();

        // the person chooses a password at Keycloak and signs in: they edit Packbridge, not Mobile Heights
        String password = "Ett-langt-losenord-" + UUID.randomUUID();
        keycloak.choosePassword(username, password);
        login.usePassword(username, password);
        login.inOwnTransaction(username, () -> {
            assertThat(clusters.managedByCurrentUser()).containsExactly(clusterNamed("Packbridge"));
            assertThat(clusters.mayEdit(clusterNamed("Packbridge"))).isTrue();
            assertThat(clusters.mayEdit(clusterNamed("Mobile Heights"))).isFalse();
        });
        assertThat(listed(SKANE_OFFICER, username).lastSignIn()).isNotNull()
                .isAfterOrEqualTo(listed.createdAt().minusSeconds(1));

        // moved to Mobile Heights: the binding follows
        login.inOwnTransaction(SKANE_OFFICER, () -> accounts.change(invitation.id(), Role.CLUSTER_MANAGER,
                Set.of(clusterNamed("Mobile Heights"))));
        assertThat(listed(SKANE_OFFICER, username).clusters()).extracting(BoundCluster::name)
                .containsExactly("Mobile Heights");

        // disabled: Keycloak refuses the sign-in; enabled again: it works
        login.inOwnTransaction(SKANE_OFFICER, () -> accounts.setEnabled(invitation.id(), false));
        assertThat(listed(SKANE_OFFICER, username).enabled()).isFalse();
        login.usePassword(username, password);
        assertThatThrownBy(() -> login.accessToken(username)).isInstanceOf(HttpClientErrorException.class);
        login.inOwnTransaction(SKANE_OFFICER, () -> accounts.setEnabled(invitation.id(), true));
        assertThat(login.accessToken(username)).isNotBlank();

        var history = login.inOwnTransaction(SKANE_OFFICER, () -> accounts.history(invitation.id()));
        assertThat(history).extracting(AccountChange::action).containsExactly(AccountAction.INVITED,
                AccountAction.CHANGED, AccountAction.DISABLED, AccountAction.ENABLED);
        assertThat(history).extracting(AccountChange::by).containsOnly(SKANE_OFFICER);
        assertThat(history).extracting(AccountChange::clusters)
                .containsExactly("Packbridge", "Mobile Heights", "Mobile Heights", "Mobile Heights");
        assertThat(history).extracting(AccountChange::enabled).containsExactly(true, true, false, true);
    }

    @Test
    @Transactional
    @SignedInAs(SKANE_OFFICER)
    void aSkaneOfficerNeitherSeesNorChangesNorthernUsersAlsoNotWithCraftedIds() {
        String nmsManager = login.inOwnTransaction(NMS_OFFICER, () -> accounts.list().stream()
                .filter(a -> a.username().equals(NMS_MANAGER)).findFirst().orElseThrow().id());
        String admin = keycloak.realm().users().searchByUsername(ADMIN, true).getFirst().getId();

        assertThat(accounts.list()).extracting(RegionAccount::username)
                .contains(SKANE_OFFICER, SKANE_MANAGER).doesNotContain(NMS_MANAGER, NMS_OFFICER, ADMIN);
        for (String foreign : new String[]{nmsManager, admin, "not-a-uuid", UUID.randomUUID().toString()}) {
            assertThatThrownBy(() -> accounts.get(foreign)).isInstanceOf(Rejection.NotFound.class);
            assertThatThrownBy(() -> accounts.setEnabled(foreign, false)).isInstanceOf(Rejection.NotFound.class);
            assertThatThrownBy(() -> accounts.change(foreign, Role.POLITICIAN, Set.of()))
                    .isInstanceOf(Rejection.NotFound.class);
            assertThatThrownBy(() -> accounts.history(foreign)).isInstanceOf(Rejection.NotFound.class);
        }
        var stillThere = login.inOwnTransaction(NMS_OFFICER, () -> accounts.get(nmsManager));
        assertThat(stillThere.enabled()).isTrue();
        assertThat(stillThere.role()).isEqualTo(Role.CLUSTER_MANAGER);
        assertThat(stillThere.clusters()).extracting(BoundCluster::name).containsExactly("Paper Province");
    }

    @Test
    @Transactional
    @SignedInAs(SKANE_OFFICER)
    void platformAdministrationIsNeverGivenAndOwnAccountIsNotChangedHere() {
        String skaneManager = idOf(SKANE_OFFICER, SKANE_MANAGER);
        String self = idOf(SKANE_OFFICER, SKANE_OFFICER);

        assertThatThrownBy(() -> accounts.change(skaneManager, Role.PLATFORM_ADMIN, Set.of()))
                .isInstanceOfSatisfying(Rejection.Invalid.class, e ->
                        assertThat(e.messageKey()).isEqualTo("account.error.role"));
        assertThatThrownBy(() -> accounts.invite(new InviteRequest("A", "B", uniqueEmail("admin"),
                Role.PLATFORM_ADMIN, Set.of()))).isInstanceOf(Rejection.Invalid.class);
        assertThatThrownBy(() -> accounts.setEnabled(self, false)).isInstanceOfSatisfying(Rejection.Forbidden.class,
                e -> assertThat(e.messageKey()).isEqualTo("account.error.self"));
        assertThat(listed(SKANE_OFFICER, SKANE_MANAGER).role()).isEqualTo(Role.CLUSTER_MANAGER);
    }

    @Test
    @Transactional
    @SignedInAs(SKANE_OFFICER)
    void aDuplicateEmailIsAClearErrorAndBadInputNamesItsFields() {
        String taken = keycloak.realm().users().searchByUsername(SKANE_MANAGER, true).getFirst().getEmail();

        assertThatThrownBy(() -> accounts.invite(new InviteRequest("Sara", "Igen", taken.toUpperCase(),
                Role.POLITICIAN, Set.of()))).isInstanceOfSatisfying(Rejection.Invalid.class, e -> {
                    assertThat(e.errors()).extracting(Rejection.FieldError::field).containsExactly("email");
                    assertThat(e.messageKey()).isEqualTo("account.error.email-taken");
                });
        assertThatThrownBy(() -> accounts.invite(new InviteRequest(" ", "B", "inte-en-adress", null,
                Set.of(clusterNamed("Packbridge"))))).isInstanceOfSatisfying(Rejection.Invalid.class, e ->
                assertThat(e.errors()).extracting(Rejection.FieldError::field)
                        .containsExactly("firstName", "email", "role", "clusters"));
        assertThatThrownBy(() -> accounts.invite(new InviteRequest("Pia", "Politiker", uniqueEmail("pia"),
                Role.POLITICIAN, Set.of(clusterNamed("Packbridge"))))).isInstanceOfSatisfying(Rejection.Invalid.class,
                e -> assertThat(e.messageKey()).isEqualTo("account.error.clusters-only-managers"));
        String paperProvince = login.inOwnTransaction(NMS_OFFICER, () -> clusterNamed("Paper Province")).value()
                .toString();
        assertThatThrownBy(() -> accounts.invite(new InviteRequest("Kim", "Ledare", uniqueEmail("kim"),
                Role.CLUSTER_MANAGER, Set.of(new ClusterId(UUID.fromString(paperProvince))))))
                .isInstanceOfSatisfying(Rejection.Invalid.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.cluster-unknown"));
    }

    @Test
    void anInvitationWhoseTransactionRollsBackLeavesNoKeycloakUser() {
        String email = uniqueEmail("rollback");

        assertThatThrownBy(() -> login.inOwnTransaction(SKANE_OFFICER, () -> {
            accounts.invite(new InviteRequest("Rolf", "Tillbaka", email, Role.POLITICIAN, Set.of()));
            assertThat(keycloak.exists(email)).isTrue();
            throw new IllegalStateException("the portal's side fails after Keycloak created the user");
        })).hasMessageContaining("the portal's side fails");

        assertThat(keycloak.exists(email)).isFalse();
        assertThat(login.inOwnTransaction(SKANE_OFFICER, () -> accounts.list()))
                .extracting(RegionAccount::username).doesNotContain(email);
    }

    /**
     * Keycloak unreachable: the real account administration pointed at a closed port (stopping the shared test
     * Keycloak would break the other tests of this JVM).
     */
    @Test
    @Transactional
    @SignedInAs(SKANE_OFFICER)
    void keycloakUnreachableDuringAnInviteIsAClearErrorAndNothingIsHalfCreated() {
        var offline = new AccountService(UnreachableKeycloak.accountAdministration(), records, clusters, audit,
                currentUser);
        String email = uniqueEmail("offline");

        assertThatThrownBy(() -> offline.invite(new InviteRequest("Olle", "Offline", email, Role.CLUSTER_MANAGER,
                Set.of(clusterNamed("Packbridge"))))).isInstanceOfSatisfying(Rejection.Invalid.class,
                e -> assertThat(e.messageKey()).isEqualTo("directory.unavailable"));
        assertThatThrownBy(offline::list).isInstanceOfSatisfying(Rejection.Invalid.class,
                e -> assertThat(e.messageKey()).isEqualTo("directory.unavailable"));

        assertThat(keycloak.exists(email)).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM user_account WHERE username = ?", Integer.class, email))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cluster_manager WHERE username = ?", Integer.class,
                email)).isZero();
    }

    @Test
    @Transactional
    @SignedInAs(SKANE_MANAGER)
    void onlyProgrammeOfficersAdministerUsers() {
        assertThatThrownBy(accounts::list).isInstanceOf(AccessDeniedException.class);
        login.inOwnTransaction(ADMIN, () -> assertThatThrownBy(accounts::list)
                .isInstanceOf(AccessDeniedException.class));
    }
}
