package se.klusterportalen.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/** The portfolio in a real browser: grid, cluster page, edit form, import preview. */
@IntegrationTest
class ClusterPortfolioBrowserIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        login.logout();
    }

    private ClusterId idOf(String name) {
        login.as(SKANE_OFFICER);
        try {
            return clusters.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
        } finally {
            login.logout();
        }
    }

    private List<String> gridTexts() {
        return browser.findAll(By.cssSelector("#cluster-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    private void click(String id) {
        WebElement element = browser.waitFor(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void type(String fieldId, String text) {
        WebElement input = browser.waitFor(By.cssSelector("#" + fieldId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    @Test
    void officerEditsAClusterAndSeesTheChangeInTheGridAndInTheHistory() {
        browser.open("/clusters");
        browser.signInAtKeycloak(SKANE_OFFICER, PASSWORD);
        browser.waitForText(By.id("cluster-count"), "10 kluster");
        browser.screenshot("10-portfolio-grid");

        browser.findAll(By.cssSelector("#cluster-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals("Packbridge")).findFirst().orElseThrow().click();
        browser.waitForText(By.cssSelector("#cluster-page h1"), "Packbridge");
        browser.waitFor(By.id("cluster-section-history"));
        browser.screenshot("11-cluster-page");

        browser.waitFor(By.id("cluster-edit")).click();
        browser.waitFor(By.id("edit-sector"));
        browser.screenshot("12-edit-form");
        type("edit-sector", "Förpackning, logistik och e-handel");
        click("cluster-save");

        browser.waitForText(By.cssSelector("#cluster-page h1"), "Packbridge");
        browser.waitForText(By.id("profile-sector"), "Förpackning, logistik och e-handel");
        browser.waitForText(By.id("cluster-section-history"), "Förpackning och logistik → Förpackning, logistik och e-handel");
        assertThat(browser.waitFor(By.id("cluster-section-history")).getText()).contains("Sara Handläggare");
        browser.screenshot("13-cluster-page-after-edit");

        browser.open("/clusters");
        browser.waitForText(By.id("cluster-count"), "10 kluster");
        assertThat(gridTexts()).contains("Förpackning, logistik och e-handel");
    }

    @Test
    void aFormWithABadOrganisationNumberShowsTheMessageNextToTheField() {
        browser.open("/clusters/" + idOf("IUC Syd") + "/edit");
        browser.signInAtKeycloak(SKANE_OFFICER, PASSWORD);
        type("edit-hostOrgNumber", "232100-0256");
        click("cluster-save");

        browser.waitForText(By.cssSelector("#edit-hostOrgNumber [slot='error-message']"), "kontrollsiffran");
        browser.screenshot("14-edit-form-validation");
    }

    @Test
    void theManagerCannotOpenAnotherClustersEditFormEvenByTypingItsAddress() {
        var packbridge = idOf("Packbridge");
        var own = idOf("Mobile Heights");
        browser.open("/clusters/" + packbridge);
        browser.signInAtKeycloak(SKANE_MANAGER, PASSWORD);
        browser.waitForText(By.cssSelector("#cluster-page h1"), "Packbridge");
        assertThat(browser.findAll(By.id("cluster-edit"))).isEmpty();

        browser.open("/clusters/" + packbridge + "/edit");
        browser.waitForText(By.cssSelector("#access-denied h1"), "Åtkomst nekad");
        assertThat(browser.findAll(By.id("edit-name"))).isEmpty();
        browser.screenshot("15-manager-denied-other-cluster");

        browser.open("/clusters/" + own + "/edit");
        assertThat(browser.waitFor(By.cssSelector("#edit-name input")).getAttribute("value")).isEqualTo("Mobile Heights");
    }

    @Test
    void thePoliticianSeesNoEditControlsAndNoContactData() {
        browser.open("/clusters/" + idOf("Media Evolution"));
        browser.signInAtKeycloak(SKANE_POLITICIAN, PASSWORD);
        browser.waitForText(By.cssSelector("#cluster-page h1"), "Media Evolution");
        browser.waitFor(By.id("cluster-section-history"));

        assertThat(browser.findAll(By.cssSelector("#cluster-page vaadin-button:not([hidden]):not(#funding-tapering)"))).isEmpty();
        assertThat(browser.findAll(By.id("profile-contacts"))).isEmpty();
        assertThat(browser.waitFor(By.id("cluster-page")).getText()).doesNotContain("kontakt@");
        browser.screenshot("16-politician-cluster-page");
    }

    @Test
    void theImportShowsAPreviewBeforeAnythingIsSaved() throws Exception {
        Path file = Files.createTempFile("kluster", ".csv");
        Files.writeString(file, "Namn;Bransch/tema;Årsarbetskrafter ledning;Organisationsnummer\n"
                + "Packbridge;Förpackning och logistik;3,5;\n"
                + "Nytt kluster i förhandsvisning;Test;0,5;232100-0256\n", StandardCharsets.UTF_8);
        browser.open("/clusters/import");
        browser.signInAtKeycloak(SKANE_OFFICER, PASSWORD);
        browser.upload(By.id("import-upload"), file);
        browser.waitFor(By.id("import-problems"));
        browser.waitForText(By.id("import-summary"), "kan inte importeras");
        browser.screenshot("17-import-preview-errors");

        Files.writeString(file, "Namn;Bransch/tema;Årsarbetskrafter ledning\n"
                + "Packbridge;Förpackning och logistik;3,5\n", StandardCharsets.UTF_8);
        browser.open("/clusters/import");
        browser.upload(By.id("import-upload"), file);
        browser.waitForText(By.id("import-summary"), "1 ändras");
        browser.screenshot("18-import-preview");
        assertThat(browser.waitFor(By.id("import-confirm")).isEnabled()).isTrue();
    }

    @Test
    void officerAddsASmartSpecialisationAreaToTheRegionsList() {
        String area = "Blå ekonomi och havsteknik";
        browser.open("/clusters");
        browser.signInAtKeycloak(SKANE_OFFICER, PASSWORD);
        click("cluster-areas");
        browser.waitFor(By.id("area-grid"));
        type("area-new", area);
        click("area-add");
        browser.waitForText(By.id("area-grid"), area);
        browser.screenshot("19-smart-areas");

        login.as(SKANE_OFFICER);
        var added = clusters.areaUse().stream().filter(u -> u.area().name().equals(area)).findFirst().orElseThrow();
        assertThat(added.clusterNames()).isEmpty();
        clusters.removeArea(added.area().id(), added.version());
    }
}
