package se.klusterportalen.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, RegionNames regions, AuthenticationContext authentication,
               ObjectProvider<HeaderItem> headerItems, MenuEntries menu) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation(menu));
        addToNavbar(new DrawerToggle());
        currentUser.get().ifPresent(user -> addToNavbar(header(user, regions, authentication, headerItems)));
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

    private HorizontalLayout header(PortalUser user, RegionNames regions, AuthenticationContext authentication,
                                    ObjectProvider<HeaderItem> headerItems) {
        String noRegion = getTranslation(user.has(Role.PLATFORM_ADMIN) ? "header.platform" : "header.no-region");
        String region = user.regionCode().flatMap(regions::name).orElse(noRegion);
        String role = user.roles().stream().map(r -> getTranslation("role." + r.keycloakName()))
                .reduce((a, b) -> a + ", " + b).orElse("");
        // read-only: one element whose content is the three names (ADR 0096); it lays out as if they were the
        // header's own children (display: contents), so the narrow-screen rules of portal.css apply to them
        var names = new Span();
        names.addClassName("portal-header-names");
        names.getElement().setProperty("innerHTML", name("header-region", "portal-header-region", region)
                + name("header-user", "portal-header-user", user.displayName())
                + name("header-role", "portal-header-role", role));

        var language = new LanguageSelect();

        var logout = new Button(getTranslation("header.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("portal-header-logout");
        logout.setAriaLabel(getTranslation("header.logout")); // the label is hidden on narrow screens, the icon stays

        var header = new HorizontalLayout(names);
        headerItems.orderedStream().forEach(item -> item.render().ifPresent(header::add));
        header.add(language, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.addClassName("portal-header");
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        return header;
    }
}
