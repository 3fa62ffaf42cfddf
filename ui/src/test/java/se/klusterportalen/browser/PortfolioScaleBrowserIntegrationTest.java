package se.klusterportalen.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.demo.ScaleData;
import se.klusterportalen.testsupport.IntegrationTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio table (ADR 0097) with the scale data set's Region Skala (300 clusters) in a real browser: paged by
 * keyboard and click, sorted in the database by ECCP and by phase through the header buttons, at 1400 and 820 px, and a generated cluster's page with its history's "show older" button; in Swedish
 * and in English (screenshots 30–35 for a look).
 */
@IntegrationTest
class PortfolioScaleBrowserIntegrationTest {

    private static final String OFFICER = "skala.handlaggare";

    @LocalServerPort int port;
    @Autowired se.klusterportalen.testsupport.RealLogin login;
    @Autowired se.klusterportalen.cluster.ClusterService clusters;
    Browser browser;

    @BeforeAll
    static void generate(@Autowired ScaleData data) {
        data.generate(List.of(ScaleData.STANDARD.getFirst()), ScaleData.SEED);
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private Object js(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }

    /** Clicks the header's sort button (its text without the sort mark). */
    private void sortBy(String header) {
        WebElement button = browser.findAll(By.cssSelector("#cluster-table th button[data-sort]")).stream()
                .filter(element -> element.getText().replaceAll("[\\u25B2\\u25BC\\u21C5\\n]", "").strip()
                        .equals(header)).findFirst().orElseThrow();
        button.click();
    }

    /** The text of the first row's cell in the column at {@code index} (0 = name), "" before the table is there. */
    private String firstRowCell(int index) {
        return (String) js("""
                const row = document.querySelector('#cluster-table tbody tr');
                return row ? row.children[arguments[0]].textContent.trim() : '';""", index);
    }

    /** Waits until the server has answered (no request in flight) and the table's markup is in. */
    private void waitForIdle() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                        const clients = Object.values(window.Vaadin.Flow.clients || {});
                        return !clients.some(c => c.isActive && c.isActive())
                            && document.querySelector('#cluster-table table') !== null;""")));
    }

    private void waitForFirstRow(int index, String text) {
        waitForIdle();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> text.equals(firstRowCell(index)));
    }

    private void waitForRange(String range) {
        browser.waitForText(By.cssSelector("#cluster-table .portfolio-range"), range);
    }

    /** A generated cluster has about ten entries of history: 25 saves make it longer than a page (committed). */
    private void longHistory(String name) {
        login.as(OFFICER);
        try {
            var id = clusters.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
            for (int i = 0; !clusters.history(id, 20).older() && i < 25; i++) {
                var draft = clusters.draftOf(id);
                draft.setDescription("Beskrivning " + i + " " + System.nanoTime());
                clusters.update(id, clusters.profile(id).orElseThrow().version(), draft);
            }
        } finally {
            login.logout();
        }
    }

    /** How many pixels the table is wider than its box (0: no sideways scrolling); prints the columns' widths. */
    private long overflow() {
        @SuppressWarnings("unchecked")
        var figures = (List<Object>) js("""
                const box = document.querySelector('#cluster-table');
                const widths = [...box.querySelectorAll('thead th')].map(th => th.offsetWidth);
                return [Math.max(0, box.scrollWidth - box.clientWidth), box.clientWidth, widths.join(' ')];""");
        System.out.println("Portfolio table at " + browser.driver.manage().window().getSize() + ": overflow "
                + figures.get(0) + " px, box width " + figures.get(1) + ", columns " + figures.get(2));
        return (Long) figures.get(0);
    }

    /** How many pixels the view is wider than its room in a window {@code width} px wide (0: it fits). */
    private long viewOverflowAt(int width) {
        var window = browser.driver.manage().window();
        var before = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(width, 1100));
        try {
            Thread.sleep(700); // the layout settles after the resize
            return (Long) js("""
                    const view = document.getElementById('cluster-list');
                    return Math.max(0, view.scrollWidth - view.clientWidth);""");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            window.setSize(before);
        }
    }

    /** Headers and cells whose text is cut (wider than the cell) in a window {@code width} px wide. */
    @SuppressWarnings("unchecked")
    private List<String> cutCellsAt(int width) {
        var window = browser.driver.manage().window();
        var before = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(width, 1100));
        try {
            Thread.sleep(700); // the layout settles after the resize
            return (List<String>) js("""
                    return [...document.querySelectorAll('#cluster-table th, #cluster-table td')]
                        .filter(cell => cell.scrollWidth > cell.clientWidth + 1)
                        .map(cell => cell.textContent.trim());""");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            window.setSize(before);
        }
    }

    private void table(String language, String count, String notEligible, String registered, String olderText,
                       String firstRange, String secondRange) {
        browser.waitForText(By.id("cluster-count"), count);
        waitForIdle();
        waitForRange(firstRange);
        assertThat(overflow()).as("at 1400 px all 8 columns fit: no sideways scrolling").isZero();
        browser.screenshot("29-portfolio-skala-1400-" + language);
        browser.screenshot("29b-portfolio-skala-820-" + language, 820, 1100);
        assertThat(viewOverflowAt(820)).as("at 820 px the filters and toolbar wrap: only the table's box scrolls sideways")
                .isZero();
        assertThat(cutCellsAt(820)).as("at 820 px every header and value whole (they wrap)").isEmpty();
        assertThat(cutCellsAt(1400)).as("at 1400 px every header and value whole").isEmpty();

        // paging: the next button by keyboard, then back by a click
        WebElement next = browser.findAll(By.cssSelector("#cluster-table .portfolio-pager button")).get(1);
        js("arguments[0].focus();", next);
        next.sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForRange(secondRange);
        waitForIdle();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> "next".equals(js("return document.activeElement.dataset.focusKey || ''")));
        assertThat(js("return document.getElementById('cluster-table').scrollTop")).as("the new page from its top")
                .isEqualTo(0L);
        browser.scrollIntoView(browser.waitFor(By.cssSelector("#cluster-table .portfolio-pager")));
        browser.screenshot("29c-portfolio-skala-page-2-" + language);
        browser.findAll(By.cssSelector("#cluster-table .portfolio-pager button")).getFirst().click();
        waitForRange(firstRange);
        js("window.scrollTo(0, 0); document.getElementById('cluster-list').scrollIntoView();");

        sortBy("ECCP");
        waitForFirstRow(5, notEligible);
        assertThat(js("return document.querySelector('#cluster-table th[aria-sort]').getAttribute('aria-sort')"))
                .isEqualTo("ascending");
        browser.screenshot("30-portfolio-skala-by-eccp-" + language);
        assertThat(browser.findAll(By.cssSelector("#cluster-table .cluster-eccp-unmet vaadin-icon[icon='vaadin:close-circle-o']")))
                .as("the not-met badge's icon").isNotEmpty();
        sortBy("ECCP"); // descending: registered first
        waitForFirstRow(5, registered);
        assertThat(js("return document.querySelector('#cluster-table th[aria-sort]').getAttribute('aria-sort')"))
                .isEqualTo("descending");
        browser.screenshot("31-portfolio-skala-by-eccp-descending-" + language);
        browser.screenshot("31b-portfolio-skala-by-eccp-descending-820-" + language, 820, 1100);
        sortBy(language.equals("sv") ? "Fas" : "Phase");
        waitForFirstRow(7, "1");
        assertThat(firstRowCell(5)).as("not the ECCP order any more").isNotEqualTo(registered);
        browser.screenshot("32-portfolio-skala-by-phase-" + language);
        assertThat(overflow()).as("sorted: still no sideways scrolling at 1400 px").isZero();
        sortBy(language.equals("sv") ? "Fas" : "Phase");
        waitForIdle();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> firstRowCell(7).startsWith("4") || firstRowCell(7).startsWith("3"));
        browser.screenshot("33-portfolio-skala-by-phase-descending-" + language);

        String name = firstRowCell(0);
        longHistory(name);
        // a click on the row (not on the name): the name's link covers the row
        // (at the cell's place, not on it: the link above it takes the click, as in a browser)
        new org.openqa.selenium.interactions.Actions(browser.driver).moveToElement(browser.findAll(By.cssSelector(
                "#cluster-table tbody tr")).getFirst().findElements(By.cssSelector("td")).get(2)).click().perform();
        browser.waitForText(By.cssSelector("#cluster-page h1"), name);
        WebElement older = browser.waitFor(By.id("cluster-history-older"));
        assertThat(older.getText()).isEqualTo(olderText);
        assertThat(browser.findAll(By.cssSelector(".cluster-history-entry"))).hasSize(20);
        browser.scrollIntoView(older);
        browser.screenshot("34-cluster-page-history-older-" + language);
        older.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector(".cluster-history-entry")).size() > 20);
        browser.scrollIntoView(browser.findAll(By.cssSelector(".cluster-history-entry")).get(19));
        browser.screenshot("35-cluster-page-history-shown-older-" + language);
        // the page's top and the edit form, for a look; then back to the page
        browser.scrollIntoView(browser.findAll(By.cssSelector("#cluster-page h1")).getFirst());
        browser.screenshot("37-cluster-page-top-" + language);
        browser.waitFor(By.id("cluster-edit")).click();
        browser.waitFor(By.id("edit-sector"));
        browser.screenshot("38-edit-form-skala-" + language);
        js("arguments[0].click();", browser.waitFor(By.id("cluster-cancel"))); // below the window's fold
        browser.waitFor(By.id("cluster-history-older"));
    }

    @Test
    void theOfficerPagesAndSortsThreeHundredClustersByEccpAndPhaseAndOpensOneInBothLanguages() {
        browser.open("/clusters");
        browser.signInAtKeycloak(OFFICER, "demo");
        table("sv", "300 kluster", "Uppfyller ej kraven", "Registrerat", "Visa äldre", "1–50 av 300",
                "51–100 av 300");

        browser.waitFor(By.id("language")).click();
        browser.findAll(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().equals("English")).findFirst().orElseThrow().click();
        browser.waitForText(By.id("cluster-history-older"), "Show older"); // the page again, in English
        browser.open("/clusters");
        table("en", "300 clusters", "Does not meet the criteria", "Registered", "Show older", "1–50 of 300",
                "51–100 of 300");
    }
}
