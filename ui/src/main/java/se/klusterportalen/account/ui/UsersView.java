package se.klusterportalen.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.account.AccountService;
import se.klusterportalen.account.InvitationKind;
import se.klusterportalen.account.RegionAccount;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.Permission;

/**
 * "Användare": the programme officer's list of their region's users (name, e-mail, role, bound clusters, state,
 * last sign-in), with invite, edit role and clusters, and disable/enable behind a confirmation.
 */
@Route("users")
@Menu(order = 80, title = "nav.users", icon = "USERS")
@RolesAllowed(Permission.USER_ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final ClusterService clusters;
    final Grid<RegionAccount> grid = new Grid<>();
    final Paragraph invitationMode = new Paragraph();
    final Button invite = new Button();

    UsersView(AccountService accounts, ClusterService clusters) {
        this.accounts = accounts;
        this.clusters = clusters;
        setId("users");
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Widths that fit a laptop's 1280 px beside the menu: words wrap, the e-mail (one long word) ends in "…"
        // with the whole address as its tooltip, and the actions stay in view without a sideways scroll.
        grid.addComponentColumn(account -> new RouterLink(account.displayName(), UserPageView.class,
                new RouteParameters("id", account.id()))).setHeader(getTranslation("account.name"))
                .setWidth("9em").setFlexGrow(1)
                .setSortable(true).setComparator(RegionAccount::displayName);
        grid.addColumn(RegionAccount::email).setHeader(getTranslation("account.email"))
                .setWidth("11em").setFlexGrow(3).setTooltipGenerator(RegionAccount::email);
        grid.addColumn(account -> getTranslation(AccountFormats.roleKey(account.role())))
                .setHeader(getTranslation("account.role")).setWidth("12em").setFlexGrow(0);
        grid.addColumn(account -> AccountFormats.clusters(account.clusters()))
                .setHeader(getTranslation("account.clusters")).setWidth("8em").setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(getTranslation("account.state")).setWidth("7.5em")
                .setFlexGrow(0);
        grid.addColumn(account -> account.lastSignIn() == null ? getTranslation("account.last-sign-in.none")
                : AccountFormats.time(account.lastSignIn())).setHeader(getTranslation("account.last-sign-in"))
                .setWidth("9em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setFlexGrow(0).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        invite.setText(getTranslation("account.invite"));
        invite.setId("users-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> new InviteDialog(accounts, clusters, this::refresh).open());
        invitationMode.setId("users-invitation-mode");

        add(new H1(getTranslation("account.title")), new Paragraph(getTranslation("account.help")), invitationMode,
                invite, grid);
        showInvitationMode();
        refresh();
    }

    private void showInvitationMode() {
        try {
            invitationMode.setText(getTranslation(accounts.invitationKind() == InvitationKind.EMAIL
                    ? "account.mode.email" : "account.mode.password"));
        } catch (Rejection rejection) {
            invitationMode.setText(Rejections.translate(rejection));
        }
    }

    void refresh() {
        try {
            grid.setItems(accounts.list());
        } catch (Rejection rejection) {
            grid.setItems();
            Rejections.show(rejection);
        }
    }

    private Span state(RegionAccount account) {
        var state = new Span(getTranslation(account.enabled() ? "account.enabled" : "account.disabled"));
        state.getElement().getThemeList().add(account.enabled() ? "badge success" : "badge error");
        return state;
    }

    private HorizontalLayout actions(RegionAccount account) {
        var edit = new Button(getTranslation("account.edit"),
                click -> new EditAccountDialog(accounts, clusters, account, this::refresh).open());
        edit.setId("user-edit-" + account.username());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var toggle = new Button(getTranslation(account.enabled() ? "account.disable" : "account.enable"),
                click -> confirmToggle(account));
        toggle.setId((account.enabled() ? "user-disable-" : "user-enable-") + account.username());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (account.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return new HorizontalLayout(edit, toggle);
    }

    void confirmToggle(RegionAccount account) {
        boolean enable = !account.enabled();
        var dialog = new Dialog();
        dialog.setId("user-toggle-dialog");
        dialog.setHeaderTitle(getTranslation(enable ? "account.enable.title" : "account.disable.title",
                account.displayName()));
        dialog.add(new Paragraph(getTranslation(enable ? "account.enable.text" : "account.disable.text")));
        var confirm = new Button(getTranslation(enable ? "account.enable" : "account.disable"));
        confirm.setId("user-toggle-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!enable) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        SaveAction.on(confirm, () -> {
            try {
                accounts.setEnabled(account.id(), enable);
                Notification.show(getTranslation(enable ? "account.enabled.done" : "account.disabled.done",
                        account.displayName())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (Rejection rejection) {
                Rejections.show(rejection);
            } finally {
                dialog.close();
                refresh();
            }
        });
        var cancel = new Button(getTranslation("account.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " – " + getTranslation("app.name");
    }
}
