package se.klusterportalen.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.ADMIN;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.NO_REGION;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/** The shell as each role sees it: navigation, header, the no-region and error pages. */
@IntegrationTest
@ViewPackages(packages = "se.klusterportalen")
class ShellBrowserlessTest extends SpringBrowserlessTest {

    @Autowired RealLogin login;

    @org.junit.jupiter.api.BeforeEach
    void swedish() {
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(se.klusterportalen.base.ui.MessagesI18NProvider.SWEDISH);
    }

    @AfterEach
    void signOut() {
        login.logout();
    }

    private List<String> navigationLabels() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    private String text(String id) {
        return $(Span.class).id(id).getText();
    }

    @Test
    void officerSeesRegionalNavigationAndWhoTheyAre() {
        login.as(SKANE_OFFICER);
        navigate("", Component.class);

        assertThat(navigationLabels()).containsExactly("Översikt", "Kluster", "Självskattningar", "Fasmatris");
        assertThat(text("header-region")).isEqualTo("Region Skåne");
        assertThat(text("header-user")).isEqualTo("Sara Handläggare");
        assertThat(text("header-role")).isEqualTo("Programhandläggare");
    }

    @Test
    void politicianOfNorraMellansverigeSeesTheirRegion() {
        login.as(NMS_POLITICIAN);
        navigate("clusters", Component.class);

        assertThat(navigationLabels()).containsExactly("Översikt", "Kluster", "Självskattningar", "Fasmatris");
        assertThat(text("header-region")).isEqualTo("Norra Mellansverige");
        assertThat(text("header-role")).isEqualTo("Förtroendevald");
    }

    @Test
    void platformAdminIsTakenToTheRegionsAndSeesNoRegionalViews() {
        login.as(ADMIN);
        navigate("", Component.class);

        assertThat(navigationLabels()).containsExactly("Regioner");
        assertThat($(H1.class).first().getText()).isEqualTo("Regioner");
    }

    @Test
    void userWithoutRegionGetsAnExplanationAndNoData() {
        login.as(NO_REGION);
        navigate("", Component.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Ditt konto saknar region");
        assertThat(navigationLabels()).isEmpty();
    }

    @Test
    void aRoleWithoutThePermissionIsDenied() {
        login.as(SKANE_OFFICER);
        navigate("admin/regions", Component.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Åtkomst nekad");
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPage() {
        login.as(SKANE_OFFICER);
        navigate("no/such/page", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Sidan finns inte");
    }

    @Test
    void englishCanBeChosen() {
        login.as(SKANE_OFFICER);
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(MessagesI18NProvider.ENGLISH);
        navigate("", Component.class);

        assertThat(navigationLabels()).containsExactly("Overview", "Clusters", "Self-assessments", "Phase matrix");
        assertThat(text("header-role")).isEqualTo("Programme officer");
    }
}
