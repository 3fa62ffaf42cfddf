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

    private String inputValue(String fieldId) {
        return browser.waitFor(By.cssSelector("#" + fieldId + " input")).getDomProperty("value");
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
        // the named-member form, for a look: the member type and the year field show their texts whole
        browser.scrollIntoView(browser.findAll(By.id("named-type")).getFirst());
        browser.screenshot("11b-cluster-page-named-members");
        browser.scrollIntoView(browser.findAll(By.cssSelector("#cluster-page h1")).getFirst());

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
        browser.scrollIntoView(browser.waitFor(By.id("funding-table")));
        browser.screenshot("13b-cluster-page-funding");
        // in English: the page (its history entries are markup of their own) and the form
        browser.scrollIntoView(browser.findAll(By.cssSelector("#cluster-page h1")).getFirst());
        browser.waitFor(By.id("language")).click();
        browser.findAll(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().equals("English")).findFirst().orElseThrow().click();
        browser.waitForText(By.id("cluster-section-history"), "Sector/theme");
        browser.screenshot("13c-cluster-page-en");
        browser.waitFor(By.id("cluster-edit")).click();
        browser.waitFor(By.id("edit-sector"));
        browser.screenshot("13d-edit-form-en");
        // dates as the regions write them in English too: Packbridge active since 2010-01-01 (demo data), not "1/1/2010"
        assertThat(inputValue("edit-activeSince")).isEqualTo("2010-01-01");
        browser.waitFor(By.id("language")).click();
        browser.findAll(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().equals("Svenska")).findFirst().orElseThrow().click();
        browser.waitForText(By.id("cluster-save"), "Spara");

        browser.open("/clusters");
        browser.waitForText(By.id("cluster-count"), "10 kluster");
        assertThat(gridTexts()).contains("Förpackning, logistik och e-handel");
    }


    @Autowired se.klusterportalen.preference.GridPreferenceService preferences;

    private Object js(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(script);
    }

    /** How many pixels the grid's table is wider than the grid (0: no sideways scrolling). */
    private long sidewaysOverflow() {
        return (Long) js("""
                const table = document.querySelector('#cluster-grid').shadowRoot.querySelector('#table');
                return Math.max(0, table.scrollWidth - table.clientWidth);""");
    }

    /** Grid cells (headers too) whose text is wider than the cell, i.e. cut with "…". */
    @SuppressWarnings("unchecked")
    private List<String> cutCells() {
        return (List<String>) js("""
                const cells = [...document.querySelectorAll('#cluster-grid vaadin-grid-cell-content')]
                    .filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1);
                return cells.map(c => c.textContent.trim());""");
    }

    @Test
    void theGridShowsWholeHeadersAndValuesAndRemembersTheColumnsAPersonHid() {
        browser.open("/clusters");
        browser.signInAtKeycloak(SKANE_POLITICIAN, PASSWORD);
        browser.waitForText(By.id("cluster-count"), "10 kluster");
        try {
            assertThat(cutCells()).as("no value cut (\"Guld t.o.…\")").isEmpty();
            assertThat(gridTexts()).as("all columns shown").contains("Medlemmar", "ECCP", "Fas", "Aktuell märkning");
            assertThat(sidewaysOverflow()).as("at 1400 px every column fits: no sideways scrolling").isZero();
            assertThat(browser.findAll(By.cssSelector(
                    "#cluster-grid .cluster-eccp-met vaadin-icon[icon='vaadin:check-circle'][aria-hidden='true']")))
                    .isNotEmpty();
            assertThat(browser.findAll(By.cssSelector(
                    "#cluster-grid .cluster-eccp-unmet vaadin-icon[icon='vaadin:close-circle-o'][aria-hidden='true']")))
                    .isNotEmpty();
            assertThat(browser.findAll(By.cssSelector("#cluster-grid .cluster-eccp-met")).getFirst().getText())
                    .isIn("Registrerat", "Uppfyller kraven");
            browser.screenshot("14-portfolio-grid-sized-to-content");
            browser.screenshot("14b-portfolio-grid-1024", 1024, 900);
            click("cluster-columns");
            browser.waitFor(By.cssSelector("#cluster-column-choice vaadin-checkbox")); // built on the first click
            var members = browser.findAll(By.cssSelector("#cluster-column-choice vaadin-checkbox")).stream()
                    .filter(box -> box.getText().equals("Medlemmar")).findFirst().orElseThrow();
            browser.screenshot("15-portfolio-column-menu");
            members.click();
            browser.waitForGone(By.xpath("//vaadin-grid-cell-content[normalize-space()='Medlemmar']"));

            browser.open("/clusters");
            browser.waitForText(By.id("cluster-count"), "10 kluster");
            assertThat(gridTexts()).contains("ECCP").doesNotContain("Medlemmar");
            browser.screenshot("16-portfolio-members-hidden-after-reload");
        } finally {
            login.inOwnTransaction(SKANE_POLITICIAN, () -> preferences.hideColumns("portfolio", java.util.Set.of()));
        }
    }

    @Test
    void aRefusedSaveSumsUpTheErrorsAtTheTopAndFocusesTheFirstField() {
        var packbridge = idOf("Packbridge");
        browser.open("/clusters/" + packbridge + "/edit");
        browser.signInAtKeycloak(SKANE_OFFICER, PASSWORD);
        browser.waitFor(By.id("edit-name"));
        type("edit-name", "");
        type("edit-website", "packbridge");
        click("cluster-save");

        browser.waitForContent(By.id("error-summary"), "2 fel att rätta");
        assertThat(browser.findAll(By.cssSelector("#error-summary li"))).hasSize(2);
        assertThat((Boolean) js("return document.getElementById('edit-name').contains(document.activeElement)"
                + " || document.activeElement === document.getElementById('edit-name')"))
                .as("the focus is on the first field with an error").isTrue();
        js("document.getElementById('error-summary').scrollIntoView({block: 'start'});");
        browser.screenshot("17-edit-form-error-summary");

        click("error-summary-link-1");
        // the link's click goes to the server, which moves the focus: wait for it
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                .until(driver -> (Boolean) js("return document.getElementById('edit-website')"
                        + ".contains(document.activeElement)"
                        + " || document.activeElement === document.getElementById('edit-website')"));
    }
}
