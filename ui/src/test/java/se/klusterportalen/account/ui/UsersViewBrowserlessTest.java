package se.klusterportalen.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.account.AccountService;
import se.klusterportalen.account.RegionAccount;
import se.klusterportalen.base.ui.AccessDeniedView;
import se.klusterportalen.base.ui.NotFoundView;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.security.Role;
import se.klusterportalen.testsupport.AuditTrail;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * The officer's "Användare" page. The test's transaction rolls back at its end, and with it an invitation: the
 * invited Keycloak account is deleted again (the service's compensation).
 */
class UsersViewBrowserlessTest extends SignedInBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired ClusterService clusters;
    @Autowired AuditTrail audit;

    private int rowOf(UsersView view, String email) {
        var grid = test(view.grid);
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getCellText(row, 1).equals(email)) {
                return row;
            }
        }
        throw new AssertionError(email + " is not listed");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theOfficerSeesTheRegionsUsersAndInvitesAClusterManagerWithATemporaryPassword() {
        var view = navigate(UsersView.class);

        assertThat(view.invitationMode.getText()).startsWith("Ingen e-postserver är inställd");
        String managerEmail = accounts.list().stream().filter(a -> a.username().equals(SKANE_MANAGER))
                .findFirst().orElseThrow().email();
        int manager = rowOf(view, managerEmail);
        assertThat(test(view.grid).getCellText(manager, 2)).isEqualTo("Klusterledare");
        assertThat(test(view.grid).getCellText(manager, 3)).isEqualTo("Mobile Heights");
        assertThat(accounts.list()).extracting(RegionAccount::username).doesNotContain(NMS_MANAGER, NMS_OFFICER);

        test(view.invite).click();
        var dialog = $(InviteDialog.class).single();
        test(dialog.firstName).setValue("Klara");
        test(dialog.lastName).setValue("Klusterledare");
        test(dialog.email).setValue("inte-en-adress");
        test(dialog.send).click();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Ange en giltig e-postadress.");

        String email = "klara." + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        test(dialog.email).setValue(email);
        var packbridge = clusters.list().stream().filter(c -> c.name().equals("Packbridge")).findFirst().orElseThrow();
        dialog.clusters.setValue(java.util.Set.of(packbridge));
        test(dialog.send).click();

        var invited = $(InvitedDialog.class).single();
        assertThat(invited.username.getText()).isEqualTo(email);
        assertThat(invited.password.getText()).hasSize(16);
        assertThat($(Button.class).id("invited-copy").isVisible()).isTrue();
        int row = rowOf(view, email);
        assertThat(test(view.grid).getCellText(row, 2)).isEqualTo("Klusterledare");
        assertThat(test(view.grid).getCellText(row, 3)).isEqualTo("Packbridge");

        // the same address again: a clear error at the field
        test($(Button.class).id("invited-done")).click();
        test(view.invite).click();
        var again = $(InviteDialog.class).single();
        test(again.firstName).setValue("Klara");
        test(again.lastName).setValue("Igen");
        test(again.email).setValue(email);
        test(again.send).click();
        assertThat(again.email.getErrorMessage()).isEqualTo("E-postadressen används redan av ett annat konto.");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theUserPageShowsTheAdministrativeActions() {
        String email = "pelle." + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        var invitation = accounts.invite(new se.klusterportalen.account.InviteRequest("Pelle", "Politiker", email,
                Role.POLITICIAN, java.util.Set.of()));
        accounts.setEnabled(invitation.id(), false);
        audit.record();

        var page = navigate("users/" + invitation.id(), UserPageView.class);

        assertThat(page.title.getText()).isEqualTo("Pelle Politiker");
        var history = test(page.history);
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.getCellText(0, 1)).isEqualTo(SKANE_OFFICER);
        assertThat(history.getCellText(0, 2)).isEqualTo("Avstängd");
        assertThat(history.getCellText(0, 3)).isEqualTo("Förtroendevald");
        assertThat(history.getCellText(0, 5)).isEqualTo("Avstängd");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void anotherRegionsUserIsNotFound() {
        String nmsManager = login.inOwnTransaction(NMS_OFFICER, () -> accounts.list().stream()
                .filter(a -> a.username().equals(NMS_MANAGER)).findFirst().orElseThrow().id());

        navigate("users/" + nmsManager, Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @SignedInAs(SKANE_MANAGER)
    void aClusterManagerCannotOpenTheUsersPage() {
        navigate("users", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
