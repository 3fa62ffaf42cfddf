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
 * The lazy portfolio grid with the scale data set's Region Skala (300 clusters) in a real browser, sorted in the
 * database by ECCP and by phase, and a generated cluster's page with its history's "show older" button; in Swedish
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

    private void sortBy(String header) {
        WebElement sorter = browser.findAll(By.cssSelector("#cluster-grid vaadin-grid-sorter")).stream()
                .filter(element -> element.getText().replace("\n", " ").equals(header)).findFirst().orElseThrow();
        sorter.click();
    }

    /** The text of the first row's cell in the column at {@code index} (0 = name). */
    private String firstRowCell(int index) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                const grid = document.querySelector('#cluster-grid');
                const row = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                    .find(tr => !tr.hidden && tr.index === 0);
                const cells = [...row.querySelectorAll('td')];
                const slot = cells[arguments[0]].querySelector('slot').name;
                return grid.querySelector('vaadin-grid-cell-content[slot="' + slot + '"]').textContent.trim();""",
                index);
    }

    /** Waits until the server has answered (no request in flight, the grid not loading). */
    private void waitForIdle() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                        const clients = Object.values(window.Vaadin.Flow.clients || {});
                        return !clients.some(c => c.isActive && c.isActive())
                            && !document.querySelector('#cluster-grid').loading;""")));
    }

    private void waitForFirstRow(int index, String text) {
        waitForIdle();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> text.equals(firstRowCell(index)));
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

    /**
     * How many pixels the grid's table is wider than the grid (0: no sideways scrolling), and whether it scrolls
     * vertically (its scroll bar takes room); prints the columns' widths.
     */
    private long[] overflow() {
        @SuppressWarnings("unchecked")
        var figures = (List<Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                const grid = document.querySelector('#cluster-grid');
                const table = grid.shadowRoot.querySelector('#table');
                const widths = [...grid.shadowRoot.querySelectorAll('thead tr:first-child th')]
                    .map(th => th.offsetWidth);
                return [Math.max(0, table.scrollWidth - table.clientWidth), table.scrollHeight > table.clientHeight ? 1 : 0,
                    table.clientWidth, table.offsetWidth, widths.join(' ')];""");
        System.out.println("Portfolio grid at " + browser.driver.manage().window().getSize() + ": overflow "
                + figures.get(0) + " px, vertical scroll " + figures.get(1) + ", table client/offset width "
                + figures.get(2) + "/" + figures.get(3) + ", columns " + figures.get(4));
        return new long[] {(Long) figures.get(0), (Long) figures.get(1)};
    }

    /** How many pixels the view is wider than its room in a window {@code width} px wide (0: it fits). */
    private long viewOverflowAt(int width) {
        var window = browser.driver.manage().window();
        var before = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(width, 1100));
        try {
            Thread.sleep(700); // the layout settles after the resize
            return (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                    const view = document.getElementById('cluster-list');
                    return Math.max(0, view.scrollWidth - view.clientWidth);""");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            window.setSize(before);
        }
    }

    /**
     * The sortable headers whose text the grid cuts ("Sector/the…") in a window {@code width} px wide: the header
     * cell, its sorter or the text in it is narrower than its content.
     */
    @SuppressWarnings("unchecked")
    private List<String> cutHeadersAt(int width) {
        var window = browser.driver.manage().window();
        var before = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(width, 1100));
        try {
            Thread.sleep(700); // the layout settles after the resize
            return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                    return [...document.querySelectorAll('#cluster-grid vaadin-grid-sorter')]
                        .filter(sorter => sorter.offsetParent !== null)
                        .filter(sorter => [sorter.parentElement, sorter, ...sorter.querySelectorAll('*')]
                            .some(e => e.scrollWidth > e.clientWidth + 1))
                        .map(sorter => sorter.textContent.trim());""");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            window.setSize(before);
        }
    }

    private void grid(String language, String count, String notEligible, String registered, String olderText) {
        browser.waitForText(By.id("cluster-count"), count);
        waitForIdle();
        long[] fit = overflow();
        assertThat(fit[1]).as("300 rows: the grid scrolls vertically (its scroll bar takes room)").isEqualTo(1);
        assertThat(fit[0]).as("at 1400 px all 8 columns fit beside the vertical scroll bar: no sideways scrolling")
                .isZero();
        browser.screenshot("29-portfolio-skala-820-" + language, 820, 1100);
        assertThat(viewOverflowAt(820)).as("at 820 px the filters and the toolbar wrap: only the grid scrolls sideways")
                .isZero();
        assertThat(cutHeadersAt(820)).as("at 820 px every header whole (\"Bransch/\" \"tema\" on two lines)").isEmpty();
        assertThat(cutHeadersAt(1400)).as("at 1400 px every header whole").isEmpty();
        sortBy("ECCP");
        waitForFirstRow(5, notEligible);
        browser.screenshot("30-portfolio-skala-by-eccp-" + language);
        assertThat(browser.findAll(By.cssSelector("#cluster-grid .cluster-eccp-unmet vaadin-icon[icon='vaadin:close-circle-o']")))
                .as("the not-met badge's icon").isNotEmpty();
        sortBy("ECCP"); // descending: registered first
        waitForFirstRow(5, registered);
        browser.screenshot("31-portfolio-skala-by-eccp-descending-" + language);
        browser.screenshot("31b-portfolio-skala-by-eccp-descending-820-" + language, 820, 1100);
        sortBy(language.equals("sv") ? "Fas" : "Phase");
        waitForFirstRow(7, "1");
        assertThat(firstRowCell(5)).as("not the ECCP order any more").isNotEqualTo(registered);
        browser.screenshot("32-portfolio-skala-by-phase-" + language);
        browser.screenshot("32b-portfolio-skala-by-phase-820-" + language, 820, 1100);
        assertThat(overflow()[0]).as("sorted: still no sideways scrolling at 1400 px").isZero();
        sortBy(language.equals("sv") ? "Fas" : "Phase");
        waitForIdle();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> firstRowCell(7).startsWith("4") || firstRowCell(7).startsWith("3"));
        browser.screenshot("33-portfolio-skala-by-phase-descending-" + language);

        String name = firstRowCell(0);
        longHistory(name);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                const grid = document.querySelector('#cluster-grid');
                grid.scrollToIndex(0);
                const row = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                    .find(tr => !tr.hidden && tr.index === 0);
                const slot = row.querySelectorAll('td')[0].querySelector('slot').name;
                grid.querySelector('vaadin-grid-cell-content[slot="' + slot + '"]').click();""");
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
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].click();",
                browser.waitFor(By.id("cluster-cancel"))); // below the window's fold
        browser.waitFor(By.id("cluster-history-older"));
    }

    @Test
    void theOfficerSortsThreeHundredClustersByEccpAndPhaseAndPagesThroughAHistoryInBothLanguages() {
        browser.open("/clusters");
        browser.signInAtKeycloak(OFFICER, "demo");
        grid("sv", "300 kluster", "Uppfyller ej kraven", "Registrerat", "Visa äldre");

        browser.waitFor(By.id("language")).click();
        browser.findAll(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().equals("English")).findFirst().orElseThrow().click();
        browser.waitForText(By.id("cluster-history-older"), "Show older"); // the page again, in English
        browser.open("/clusters");
        grid("en", "300 clusters", "Does not meet the criteria", "Registered", "Show older");
    }
}
