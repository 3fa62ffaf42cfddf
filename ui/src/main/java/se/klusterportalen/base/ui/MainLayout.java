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
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.region.RegionSummary;
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
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, RegionService regions, AuthenticationContext authentication,
               ObjectProvider<HeaderItem> headerItems, MenuEntries menu) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation(menu));
        addToNavbar(new DrawerToggle());
        currentUser.get().ifPresent(user -> addToNavbar(header(user, regions, authentication, headerItems)));
    }

    private Div brand() {
        var brand = new Div(new Icon(VaadinIcon.CLUSTER), new Span(getTranslation("app.name")));
        brand.addClassName("portal-brand");
        return brand;
    }

    private SideNav navigation(MenuEntries menu) {
        var nav = new SideNav();
        nav.setId("main-navigation");
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("nav.toggle")));
        menu.forCurrentUser().forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        });
        return nav;
    }

    private HorizontalLayout header(PortalUser user, RegionService regions, AuthenticationContext authentication,
                                    ObjectProvider<HeaderItem> headerItems) {
        String noRegion = getTranslation(user.has(Role.PLATFORM_ADMIN) ? "header.platform" : "header.no-region");
        var region = new Span(user.regionCode().flatMap(regions::find).map(RegionSummary::name).orElse(noRegion));
        region.setId("header-region");
        region.addClassName("portal-header-region");

        region.setTitle(region.getText());

        var who = new Span(user.displayName());
        who.setId("header-user");
        who.addClassName("portal-header-user");
        who.setTitle(user.displayName());
        var role = new Span(user.roles().stream().map(r -> getTranslation("role." + r.keycloakName()))
                .reduce((a, b) -> a + ", " + b).orElse(""));
        role.setId("header-role");
        role.addClassName("portal-header-role");

        var language = new LanguageSelect();

        var logout = new Button(getTranslation("header.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("portal-header-logout");
        logout.setAriaLabel(getTranslation("header.logout")); // the label is hidden on narrow screens, the icon stays

        var header = new HorizontalLayout(region, who, role);
        headerItems.orderedStream().forEach(item -> item.render().ifPresent(header::add));
        header.add(language, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.addClassName("portal-header");
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        return header;
    }
}
