package se.klusterportalen.overview.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.klusterportalen.base.ui.SharedMarkup;
import se.klusterportalen.testsupport.PageElements;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.base.ui.MessagesI18NProvider;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.security.Role;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.KeycloakTestAdmin;
import se.klusterportalen.testsupport.RealLogin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.ADMIN;

/**
 * A region just created by the platform administrator, with nothing in it yet: its officer's start page is the whole
 * overview, built as for a real sign-in, and it says what to do first — add clusters (or import them), then a
 * programme, then funding — right under the figures, which all read 0. The region and the officer are committed
 * (a region is platform data and its user lives in Keycloak) and named uniquely; they stay.
 */
@IntegrationTest
@ViewPackages(packages = "se.klusterportalen")
class EmptyRegionOverviewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired RealLogin login;
    @Autowired RegionService regions;
    @Autowired KeycloakTestAdmin keycloak;

    @AfterEach
    void signOut() {
        login.logout();
    }

    @Test
    void aNewRegionsOfficerStartsOnAnOverviewThatSaysWhatToDoFirst() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String code = "ny-" + suffix;
        String officer = "ny-off-" + suffix;
        login.inOwnTransaction(ADMIN, () -> {
            regions.create(code, "Region Ny " + suffix);
            regions.addUser(code, officer, "Nora", "Nyberg", officer + "@example.se", Role.PROGRAMME_OFFICER);
        });
        String password = "Ett-langt-losenord-" + suffix;
        keycloak.choosePassword(officer, password);
        login.usePassword(officer, password);
        login.as(officer);
        VaadinSession.getCurrent().setLocale(MessagesI18NProvider.SWEDISH);

        navigate("", Component.class);

        assertThat(getCurrentView()).isInstanceOf(OverviewView.class);
        Element page = getCurrentView().getElement();
        for (String figure : List.of("overview-total", "overview-active", "overview-being-set-up", "overview-closed")) {
            assertThat(byId(page, figure).getTextRecursively()).as(figure).startsWith("0");
        }
        Element start = byId(page, "overview-getting-started");
        assertThat(start.getTextRecursively()).startsWith("Kom igång")
                .contains("Regionen har inga kluster ännu. Gör så här, i den här ordningen:");
        List<String> steps = new ArrayList<>();
        List<String> links = new ArrayList<>();
        all(start, "li").forEach(item -> steps.add(item.getTextRecursively()));
        all(start, "a").forEach(a -> links.add(a.getAttribute("href")));
        assertThat(steps).containsExactly(
                "Lägg till kluster ett i taget, eller importera dem från Excel eller CSV",
                "Skapa ett program med mål och milstolpar för klustren",
                "Lägg in finansieringen per program och år");
        assertThat(links).containsExactly("clusters/new", "clusters/import", "programmes", "funding");

        List<Element> sections = getCurrentView().getElement().getChildren().toList();
        int figures = indexContaining(sections, "overview-total");
        assertThat(indexContaining(sections, "overview-getting-started")).as("first steps right under the figures")
                .isEqualTo(figures + 1);
    }

    private int indexContaining(List<Element> sections, String id) {
        for (int i = 0; i < sections.size(); i++) {
            if (page().find(sections.get(i), id).isPresent()) {
                return i;
            }
        }
        throw new AssertionError("no section holds " + id);
    }

    @Autowired
    SharedMarkup sharedMarkup;

    /** The page's elements, inside markup too (issue #19: read-only parts are markup). */
    private PageElements page() {
        return new PageElements(sharedMarkup);
    }

    private Element byId(Element root, String id) {
        return page().find(root, id).orElseThrow(() -> new AssertionError("no element " + id));
    }

    private List<Element> all(Element element, String tag) {
        return page().all(element, tag);
    }
}
