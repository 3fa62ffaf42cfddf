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

/** The portfolio in a real browser: table, cluster page, edit form, import preview. */
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

    /** The table's headers and cells as on screen (once its markup is in). */
    private List<String> tableTexts() {
        browser.waitFor(By.cssSelector("#cluster-table table"));
        return browser.findAll(By.cssSelector("#cluster-table th, #cluster-table td")).stream()
                .map(cell -> cell.getText().replaceAll("[\\u25B2\\u25BC\\u21C5]", "").strip()).toList();
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
    void officerEditsAClusterAndSeesTheChangeInTheTableAndInTheHistory() {
        browser.open("/clusters");
        browser.signInAtKeycloak(SKANE_OFFICER, PASSWORD);
        browser.waitForText(By.id("cluster-count"), "10 kluster");
        browser.waitForText(By.cssSelector("#cluster-table .portfolio-range"), "1–10 av 10");
        browser.screenshot("10-portfolio-table");

        // the name is a link to the cluster's page (the client-side router: no page load)
        browser.findAll(By.cssSelector("#cluster-table tbody th a")).stream()
                .filter(link -> link.getText().equals("Packbridge")).findFirst().orElseThrow().click();
        browser.waitForText(By.cssSelector("#cluster-page h1"), "Packbridge");
        browser.waitFor(By.id("cluster-section-history"));
        browser.screenshot("11-cluster-page");
        // the page opens at its top with the back link under the header, and only the content area scrolls (visually
        // hidden captions once made the document taller and wider than the window: a second scrollbar)
        assertThat(browser.script("return [document.documentElement.scrollHeight <= document.documentElement.clientHeight,"
                + " document.documentElement.scrollWidth <= document.documentElement.clientWidth, window.scrollY]"))
                .asList().containsExactly(true, true, 0L);
        assertThat(browser.waitFor(By.cssSelector("#cluster-page .cluster-back")).isDisplayed()).isTrue();
        assertThat(browser.script("const link = document.querySelector('#cluster-page .cluster-back').getBoundingClientRect();"
                + " return link.top >= document.querySelector('vaadin-app-layout [slot=navbar]').getBoundingClientRect().bottom"))
                .as("the back link below the header, not hidden under it").isEqualTo(true);
        browser.resize(820, 1100);
        assertThat(browser.script("const page = document.getElementById('cluster-page');"
                + " return [page.scrollWidth - page.clientWidth,"
                + " document.documentElement.scrollWidth - document.documentElement.clientWidth]"))
                .as("at 820 px with the side navigation open nothing scrolls sideways (the members table in its own box)")
                .asList().containsExactly(0L, 0L);
        browser.screenshot("11d-cluster-page-820");
        browser.resize(1400, 1100);
        // the member counts per year: a table whose edit buttons open that year's counts (one click listener)
        var members = browser.waitFor(By.cssSelector("#members-grid table"));
        browser.scrollIntoView(members);
        browser.screenshot("11a-cluster-page-members");
        String newestYear = browser.waitFor(By.cssSelector("#members-grid tbody tr:first-child th")).getText();
        browser.waitFor(By.cssSelector("#members-grid tbody tr:first-child [data-year]")).click();
        browser.waitFor(By.id("member-year-dialog"));
        assertThat(browser.script("return document.getElementById('member-year').value")).isEqualTo(newestYear);
        browser.screenshot("11c-member-year-dialog");
        browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Avbryt']")).click();
        browser.waitForGone(By.id("member-year"));
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
        assertThat(tableTexts()).contains("Förpackning, logistik och e-handel");
    }


    @Autowired se.klusterportalen.preference.GridPreferenceService preferences;

    private Object js(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(script);
    }

    /** How many pixels the table is wider than its box (0: no sideways scrolling). */
    private long sidewaysOverflow() {
        return (Long) js("""
                const box = document.querySelector('#cluster-table');
                return Math.max(0, box.scrollWidth - box.clientWidth);""");
    }

    /** Table cells (headers too) whose text is wider than the cell, i.e. cut. */
    @SuppressWarnings("unchecked")
    private List<String> cutCells() {
        return (List<String>) js("""
                const cells = [...document.querySelectorAll('#cluster-table th, #cluster-table td')]
                    .filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1);
                return cells.map(c => c.textContent.trim());""");
    }

    @Test
    void theTableShowsWholeHeadersAndValuesSortsByHeaderAndRemembersTheColumnsAPersonHid() {
        browser.open("/clusters");
        browser.signInAtKeycloak(SKANE_POLITICIAN, PASSWORD);
        browser.waitForText(By.id("cluster-count"), "10 kluster");
        try {
            assertThat(tableTexts()).as("all columns shown").contains("Medlemmar", "ECCP", "Fas", "Aktuell märkning");
            assertThat(cutCells()).as("no value cut (\"Guld t.o.…\")").isEmpty();
            assertThat(sidewaysOverflow()).as("at 1400 px every column fits: no sideways scrolling").isZero();
            assertThat(browser.findAll(By.cssSelector(
                    "#cluster-table .cluster-eccp-met vaadin-icon[icon='vaadin:check-circle'][aria-hidden='true']")))
                    .isNotEmpty();
            assertThat(browser.findAll(By.cssSelector(
                    "#cluster-table .cluster-eccp-unmet vaadin-icon[icon='vaadin:close-circle-o'][aria-hidden='true']")))
                    .isNotEmpty();
            assertThat(browser.findAll(By.cssSelector("#cluster-table .cluster-eccp-met")).getFirst().getText())
                    .isIn("Registrerat", "Uppfyller kraven");
            browser.screenshot("14-portfolio-table-1400");
            browser.screenshot("14b-portfolio-table-820", 820, 1100);

            // a header's button sorts (the database's order), a second click turns it
            browser.findAll(By.cssSelector("#cluster-table th button[data-sort='members']")).getFirst().click();
            browser.waitFor(By.cssSelector("#cluster-table th[aria-sort='ascending'] button[data-sort='members']"));
            browser.findAll(By.cssSelector("#cluster-table th button[data-sort='members']")).getFirst().click();
            browser.waitFor(By.cssSelector("#cluster-table th[aria-sort='descending'] button[data-sort='members']"));
            browser.waitForText(By.cssSelector("#cluster-table tbody tr:first-child th"), "Media Evolution");
            browser.screenshot("14c-portfolio-table-by-members-descending");

            // the filters are native lists and a search field: choosing, typing (after a pause), clearing
            var status = new org.openqa.selenium.support.ui.Select(
                    browser.waitFor(By.cssSelector("#cluster-filters select[name=status]")));
            status.selectByVisibleText("Under uppbyggnad");
            browser.waitForText(By.id("cluster-count"), "1 kluster");
            browser.waitForText(By.cssSelector("#cluster-table tbody tr:first-child th"), "Besöksnäringsklustret Skåne");
            status.selectByIndex(0);
            browser.waitForText(By.id("cluster-count"), "10 kluster");
            browser.waitFor(By.id("cluster-filter")).sendKeys("Packbr");
            browser.waitForText(By.id("cluster-count"), "1 kluster");
            browser.screenshot("14d-portfolio-table-searched");
            browser.waitFor(By.id("cluster-filter")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            browser.waitForText(By.id("cluster-count"), "10 kluster");

            click("cluster-columns");
            browser.waitFor(By.cssSelector("#cluster-column-choice vaadin-checkbox")); // built on the first click
            var members = browser.findAll(By.cssSelector("#cluster-column-choice vaadin-checkbox")).stream()
                    .filter(box -> box.getText().equals("Medlemmar")).findFirst().orElseThrow();
            browser.screenshot("15-portfolio-column-menu");
            members.click();
            browser.waitForGone(By.cssSelector("#cluster-table th button[data-sort='members']"));

            browser.open("/clusters");
            browser.waitForText(By.id("cluster-count"), "10 kluster");
            assertThat(tableTexts()).contains("ECCP").doesNotContain("Medlemmar");
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
