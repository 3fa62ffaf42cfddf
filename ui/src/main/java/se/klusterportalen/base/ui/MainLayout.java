package se.klusterportalen.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.security.Role;


/**
 * The shell: side navigation with only the views the user's role may open (Vaadin filters {@code @Menu}
 * entries by access), and a header with who is signed in, for which region and role, language and logout.
 * On narrow screens ({@code portal.css}) the names shrink to one line with an ellipsis, the role (below 900 px) and
 * the user name (below 640 px) are hidden and log-out keeps only its icon, so it stays on the screen.
 */
@Layout
@PermitAll
@Uses(SideNav.class)
@Uses(Icon.class)
@Uses(Select.class)
@Uses(Button.class)
@Uses(DrawerToggle.class)
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, RegionNames regions, AuthenticationContext authentication,
               ObjectProvider<HeaderItem> headerItems, MenuEntries menu) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation(menu));
        currentUser.get().ifPresentOrElse(user -> addToNavbar(header(user, regions, authentication, headerItems)),
                () -> addToNavbar(new DrawerToggle()));
    }

    /** The icon and the portal's name: read-only, so markup in one element (ADR 0096). */
    private Div brand() {
        var brand = new Div();
        brand.addClassName("portal-brand");
        brand.getElement().setProperty("innerHTML", "<vaadin-icon icon=\"vaadin:cluster\"></vaadin-icon><span>"
                + Figures.escape(getTranslation("app.name")) + "</span>");
        return brand;
    }

    /**
     * The side navigation: one {@code vaadin-side-nav} element whose items are markup ({@link MenuEntries#itemsMarkup},
     * shared by all sessions of a role set and language) instead of a {@code SideNavItem} and an {@code Icon}
     * component per entry; the web components are the same, so links, the current page's highlight and keyboard use
     * are as before. {@code @Uses(SideNav.class)} on the class keeps them in the production bundle.
     */
    private Navigation navigation(MenuEntries menu) {
        var nav = new Navigation();
        nav.setId("main-navigation");
        nav.getElement().setPropertyJson("i18n",
                JacksonUtils.createObjectNode().put("toggle", getTranslation("nav.toggle")));
        nav.getElement().setProperty("innerHTML", menu.itemsMarkup(getLocale(), this::getTranslation));
        return nav;
    }

    /** A name in the header, with its full text as the tooltip (it may end in an ellipsis). */
    private static String name(String id, String className, String text) {
        String escaped = Figures.escape(text);
        return "<span id=\"" + id + "\" class=\"" + className + "\" title=\"" + escaped + "\">" + escaped
                + "</span>";
    }

    /** The {@code vaadin-side-nav} element with its items as inner HTML. */
    @Tag("vaadin-side-nav")
    static final class Navigation extends Component {
    }

    /**
     * The header: one element (the navbar's flex row) whose children are two pieces of markup around the features'
     * header items (the bell). Before them the drawer toggle and the region, user and role names; after them the
     * language choice ({@code vaadin-select} with its two items set by one script) and log-out ({@code vaadin-button}
     * with its icon). The web components are the ones {@code DrawerToggle}, {@code Select} and {@code Button}
     * render, so they look and behave as before, but they are not components: the language and log-out are two
     * delegated DOM listeners on the header (a {@code change} of {@code #language}, a click inside {@code #logout}),
     * about ten state-tree nodes fewer per UI (issue #19, ADR 0096). The markup pieces lay out as the row's own items
     * ({@code display: contents}), so the narrow-screen rules of {@code portal.css} apply as before.
     */
    private Navbar header(PortalUser user, RegionNames regions, AuthenticationContext authentication,
                          ObjectProvider<HeaderItem> headerItems) {
        String noRegion = getTranslation(user.has(Role.PLATFORM_ADMIN) ? "header.platform" : "header.no-region");
        String region = user.regionCode().flatMap(regions::name).orElse(noRegion);
        String role = user.roles().stream().map(r -> getTranslation("role." + r.keycloakName()))
                .reduce((a, b) -> a + ", " + b).orElse("");
        var before = new Span();
        before.addClassName("portal-header-names");
        before.getElement().setProperty("innerHTML", SharedMarkup.latin1(
                "<vaadin-drawer-toggle aria-label=\"" + Figures.escape(getTranslation("header.menu")) + "\">"
                + "</vaadin-drawer-toggle>"
                + name("header-region", "portal-header-region", region)
                + name("header-user", "portal-header-user", user.displayName())
                + name("header-role", "portal-header-role", role)));

        String logout = Figures.escape(getTranslation("header.logout"));
        var after = new Span();
        after.addClassName("portal-header-names");
        after.getElement().setProperty("innerHTML", SharedMarkup.latin1(
                "<vaadin-select id=\"language\" class=\"portal-header-language\" accessible-name=\""
                + Figures.escape(getTranslation("header.language")) + "\"></vaadin-select>"
                + "<vaadin-button id=\"logout\" theme=\"tertiary\" class=\"portal-header-logout\" aria-label=\""
                + logout + "\"><vaadin-icon icon=\"vaadin:sign-out\" slot=\"prefix\"></vaadin-icon>" + logout
                + "</vaadin-button>"));
        // the select's items are a property, not markup: set when the markup is in place (scripts run after changes)
        after.getElement().executeJs("const s = this.querySelector('#language');"
                + "if (s) { s.items = [{label: 'Svenska', value: 'sv'}, {label: 'English', value: 'en'}];"
                + " s.value = $0; }", getLocale().getLanguage().equals("en") ? "en" : "sv");

        var header = new Navbar();
        header.addClassName("portal-header");
        header.add(before);
        headerItems.orderedStream().forEach(item -> item.render().ifPresent(header::add));
        header.add(after);
        header.getElement().addEventListener("change", change -> {
            var chosen = change.getEventData().get("event.target.value");
            var language = chosen != null && chosen.isString() && chosen.asString().equals("en")
                    ? MessagesI18NProvider.ENGLISH : MessagesI18NProvider.SWEDISH;
            VaadinSession.getCurrent().setLocale(language);
            UI.getCurrent().getPage().reload();
        }).addEventData("event.target.value").setFilter("event.target.id === 'language'");
        header.getElement().addEventListener("click", click -> authentication.logout())
                .setFilter("event.target.closest('#logout') !== null");
        return header;
    }

    /** The navbar's row: the header's markup and items. */
    @Tag("div")
    static final class Navbar extends Component implements com.vaadin.flow.component.HasComponents,
            com.vaadin.flow.component.HasStyle {
    }
}
