package se.klusterportalen.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.testsupport.IntegrationTest;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * The overview as a politician reads it in a real browser: the goals that are missed named with why, the money
 * with the partly reported year, the report downloads; and what the browser prints: every panel, with the region
 * and the date, without navigation. Screenshot and printed PDF in target/screenshots.
 */
@IntegrationTest
class OverviewBrowserIntegrationTest {

    @LocalServerPort int port;
    @Autowired Clock clock;
    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aPoliticianReadsTheOverviewAndPrintsAllOfIt() throws IOException {
        browser.open("/");
        browser.signInAtKeycloak(SKANE_POLITICIAN, PASSWORD);

        browser.waitForText(By.id("overview-total"), "10");
        String goals = browser.waitFor(By.id("overview-goals-attention")).getText();
        // demo data: the Gold goal has 3 of the 5 clusters it needs; Mobile Heights is one of those without Gold
        assertThat(goals).contains("Missat: Minst fem klusterinitiativ har ECEI-märkning i guld — 3 av minst 5 — saknas:")
                .contains("Mobile Heights");
        assertThat(browser.waitFor(By.id("report-region-sv")).getText()).contains("Regionrapport (PDF)");
        browser.screenshot("20-skane-politician-overview");

        byte[] printed = browser.print("20-skane-politician-overview-print");

        String paper;
        try (var document = Loader.loadPDF(printed)) {
            paper = new PDFTextStripper().getText(document);
        }
        assertThat(paper).contains("Region Skåne · " + LocalDate.now(clock))
                // the last panel is on paper too (the print used to stop after the goals)
                .contains("Kvalitetsmärkning (ECEI), giltig i dag", "Utan giltig märkning",
                        "Märkningar som går ut inom 90 dagar: Mobile Heights")
                .doesNotContain("Regionrapport (PDF)", "Skriv ut");
    }
}
