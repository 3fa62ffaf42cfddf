package se.klusterportalen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.UI;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.testsupport.PageElements;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.ADMIN;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.NO_REGION;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/** The shell as each role sees it: navigation, header, the no-region and error pages. */
class ShellBrowserlessTest extends SignedInBrowserlessTest {

    /** The labels of the side navigation's items, in order, as the browser shows them (the items are markup). */
    private List<String> navigationLabels() {
        return $(MainLayout.Navigation.class).all().stream()
                .flatMap(nav -> ITEM.matcher(nav.getElement().getProperty("innerHTML", "")).results())
                .map(item -> item.group(1).replace("&amp;", "&")).toList();
    }

    private static final Pattern ITEM = Pattern.compile(
            "<vaadin-side-nav-item path=\"[^\"]*\">(?:<vaadin-icon icon=\"vaadin:[a-z-]+\" slot=\"prefix\"></vaadin-icon>)?([^<]*)</vaadin-side-nav-item>");

    @Autowired SharedMarkup sharedMarkup;

    /** The text of the element of that id in the shell (the header's names are markup). */
    private String text(String id) {
        return element(id).getTextRecursively();
    }

    /** The element of that id in the shell, a component's or inside the header's markup. */
    private com.vaadin.flow.dom.Element element(String id) {
        var layout = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast().getElement();
        return new PageElements(sharedMarkup).find(layout, id).orElseThrow(() -> new AssertionError("no " + id));
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void officerSeesRegionalNavigationAndWhoTheyAre() {
        navigate("", Component.class);

        assertThat(navigationLabels()).startsWith("Översikt", "Kluster").contains("Program", "Finansiering", "Självskattningar", "Fasmatris", "Användare"); // features add entries
        assertThat(text("header-region")).isEqualTo("Region Skåne");
        assertThat(text("header-user")).isEqualTo("Sara Handläggare");
        assertThat(text("header-role")).isEqualTo("Programhandläggare");
        assertThat(((tools.jackson.databind.JsonNode) $(MainLayout.Navigation.class).single().getElement()
                .getPropertyRaw("i18n")).get("toggle").asString())
                .as("the screen reader's label of a group's toggle, in Swedish").isEqualTo("Visa eller dölj underpunkter");
        assertThat(element("logout").getAttribute("aria-label")).isEqualTo("Logga ut");
        assertThat(element("logout").getTextRecursively()).isEqualTo("Logga ut");
        assertThat(element("language").getAttribute("accessible-name")).isEqualTo("Språk");
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void politicianOfNorraMellansverigeSeesTheirRegion() {
        navigate("clusters", Component.class);

        assertThat(navigationLabels()).startsWith("Översikt", "Kluster").contains("Program", "Finansiering", "Självskattningar", "Fasmatris"); // features add entries
        assertThat(navigationLabels()).doesNotContain("Användare");
        assertThat(text("header-region")).isEqualTo("Norra Mellansverige");
        assertThat(text("header-role")).isEqualTo("Förtroendevald");
    }

    @Test
    @SignedInAs(ADMIN)
    void platformAdminIsTakenToTheRegionsAndSeesNoRegionalViews() {
        navigate("", Component.class);

        assertThat(navigationLabels()).containsExactly("Regioner");
        assertThat(text("header-region")).isEqualTo("Hela plattformen");
        assertThat($(H1.class).first().getText()).isEqualTo("Regioner");
    }

    @Test
    @SignedInAs(NO_REGION)
    void userWithoutRegionGetsAnExplanationAndNoData() {
        navigate("", Component.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Ditt konto saknar region");
        assertThat(navigationLabels()).isEmpty();
        assertThat($(LanguageSelect.class).single().getValue()).as("the language can be chosen here too")
                .isEqualTo(MessagesI18NProvider.SWEDISH);
        assertThat($(com.vaadin.flow.component.button.Button.class).id("denied-logout").getText()).isEqualTo("Logga ut");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aRoleWithoutThePermissionIsDenied() {
        navigate("admin/regions", Component.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Åtkomst nekad");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void anUnknownAddressShowsTheNotFoundPage() {
        navigate("no/such/page", Component.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Sidan finns inte");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void englishCanBeChosen() {
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(MessagesI18NProvider.ENGLISH);
        navigate("", Component.class);

        assertThat(navigationLabels()).startsWith("Overview", "Clusters").contains("Programmes", "Funding");
        assertThat(text("header-role")).isEqualTo("Programme officer");
        assertThat(element("logout").getAttribute("aria-label")).isEqualTo("Log out");
    }
}
