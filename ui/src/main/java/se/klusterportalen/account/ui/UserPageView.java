package se.klusterportalen.account.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.account.AccountChange;
import se.klusterportalen.account.AccountService;
import se.klusterportalen.account.RegionAccount;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.Permission;

/**
 * One user of the region: name, e-mail, role, clusters, state, created and last sign-in, and the administrative
 * actions made through the portal (audit history: when, who, what, the state it left).
 */
@Route("users/:id")
@RolesAllowed(Permission.USER_ADMIN)
class UserPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    final H1 title = new H1();
    final Div facts = new Div();
    final Grid<AccountChange> history = new Grid<>();
    private @Nullable RegionAccount account;

    UserPageView(AccountService accounts) {
        this.accounts = accounts;
        setId("user-page");
        facts.setId("user-facts");
        history.setId("user-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.addColumn(change -> AccountFormats.time(change.at())).setHeader(getTranslation("account.history.at"))
                .setAutoWidth(true);
        history.addColumn(AccountChange::by).setHeader(getTranslation("account.history.by")).setAutoWidth(true);
        history.addColumn(change -> getTranslation("account.action." + change.action().name()))
                .setHeader(getTranslation("account.history.action")).setAutoWidth(true);
        history.addColumn(change -> getTranslation(AccountFormats.roleKey(change.role())))
                .setHeader(getTranslation("account.role"));
        history.addColumn(AccountChange::clusters).setHeader(getTranslation("account.clusters")).setFlexGrow(2);
        history.addColumn(change -> getTranslation(change.enabled() ? "account.enabled" : "account.disabled"))
                .setHeader(getTranslation("account.state"));
        history.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            account = accounts.get(id);
            history.setItems(accounts.history(id));
        } catch (Rejection.NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(account);
    }

    private void render(RegionAccount shown) {
        removeAll();
        title.setText(shown.displayName());
        facts.removeAll();
        facts.add(fact("account.username", shown.username()), fact("account.email", shown.email()),
                fact("account.role", getTranslation(AccountFormats.roleKey(shown.role()))),
                fact("account.clusters", AccountFormats.clusters(shown.clusters())),
                fact("account.state", getTranslation(shown.enabled() ? "account.enabled" : "account.disabled")),
                fact("account.created", AccountFormats.time(shown.createdAt())),
                fact("account.last-sign-in", shown.lastSignIn() == null
                        ? getTranslation("account.last-sign-in.none") : AccountFormats.time(shown.lastSignIn())),
                fact("account.invited-by", shown.invitedBy() == null ? "–" : shown.invitedBy()));
        add(new RouterLink(getTranslation("account.back"), UsersView.class), title, facts,
                new H2(getTranslation("account.history")), new Paragraph(getTranslation("account.history.help")),
                history);
    }

    private Paragraph fact(String key, String value) {
        var label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("font-weight", "600");
        return new Paragraph(label, new Span(value));
    }

    @Override
    public String getPageTitle() {
        return (account == null ? getTranslation("account.title") : account.displayName()) + " – "
                + getTranslation("app.name");
    }
}
