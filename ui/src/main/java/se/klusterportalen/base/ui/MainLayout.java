package se.klusterportalen.base.ui;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.region.RegionSummary;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.security.Role;

import java.util.Locale;

/**
 * The shell: side navigation with only the views the user's role may open (Vaadin filters {@code @Menu}
 * entries by access), and a header with who is signed in, for which region and role, language and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, RegionService regions, AuthenticationContext authentication,
               ObjectProvider<HeaderItem> headerItems) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        addToNavbar(new DrawerToggle());
        currentUser.get().ifPresent(user -> addToNavbar(header(user, regions, authentication, headerItems)));
    }

    private Div brand() {
        var brand = new Div(new Icon(VaadinIcon.CLUSTER), new Span(getTranslation("app.name")));
        brand.addClassName("portal-brand");
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setId("main-navigation");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
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

        var who = new Span(user.displayName());
        who.setId("header-user");
        var role = new Span(user.roles().stream().map(r -> getTranslation("role." + r.keycloakName()))
                .reduce((a, b) -> a + ", " + b).orElse(""));
        role.setId("header-role");
        role.addClassName("portal-header-role");

        var language = new Select<Locale>();
        language.setId("language");
        language.setItems(MessagesI18NProvider.SWEDISH, MessagesI18NProvider.ENGLISH);
        language.setItemLabelGenerator(locale -> locale.getLanguage().equals("en") ? "English" : "Svenska");
        language.setValue(getLocale().getLanguage().equals("en") ? MessagesI18NProvider.ENGLISH : MessagesI18NProvider.SWEDISH);
        language.setAriaLabel(getTranslation("header.language"));
        language.addValueChangeListener(change -> {
            VaadinSession.getCurrent().setLocale(change.getValue());
            UI.getCurrent().getPage().reload();
        });
        language.setWidth("8.5em");

        var logout = new Button(getTranslation("header.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

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
