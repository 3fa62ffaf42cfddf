package se.klusterportalen.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.indicator.IndicatorFixtures;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;

/**
 * An officer imports the follow-up report of the domain notes in a real browser: a bad file shows its error with
 * line and column, the good file is previewed with every value's kind, confirmed, summed in the roll-up and shown
 * on the new cluster's page with original texts and markers.
 */
@IntegrationTest
class IndicatorImportBrowserIntegrationTest {


    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired IndicatorFixtures fixtures;
    @TempDir Path files;
    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowserAndRemoveTheImport() {
        browser.close();
        // the import committed through the portal's own threads (docs/adr/0008-test-data.md)
        fixtures.removeImported(NMS, List.of("Nätverk Alfa", "Nätverk Beta"));
    }

    @Test
    void officerImportsAFollowUpReportAndSeesItsMeaningKept() throws IOException {
        Path wrong = Files.writeString(files.resolve("rapport-fel.tsv"),
                IndicatorSample.TEXT.replace("\t1\t3\t2", "\t1\tmånga\t2"));
        // the report's difference for the activities is 21, while 7+12+4 - 3 = 20: flagged, not replaced
        Path report = Files.writeString(files.resolve("rapport.tsv"),
                IndicatorSample.TEXT.replace("\t3\t7+12+4\t20", "\t3\t7+12+4\t21"));

        browser.open("/indicators/import");
        browser.signInAtKeycloak(NMS_OFFICER, PASSWORD);
        browser.waitFor(By.id("indicator-import-view"));
        browser.upload(By.id("indicator-import-upload"), wrong);
        browser.waitForText(By.id("indicator-import-summary"), "Filen har 1 fel");
        assertThat(browser.waitFor(By.id("indicator-import-errors")).getText()).contains("10", "3", "många",
                "Värdet går inte att tolka");
        browser.screenshot("indicator-import-01-errors");

        browser.upload(By.id("indicator-import-upload"), report);
        browser.waitForText(By.id("indicator-import-summary"),
                "2 nätverk, 26 värden, 11 nya indikatorer, 1 avvikande differenser");
        String previewText = browser.waitFor(By.id("indicator-import-networks")).getText();
        assertThat(previewText).contains("Nätverk Alfa", "Nytt kluster \"Nätverk Alfa\"", "Σ", "23", "= 7 + 12 + 4",
                "≈ 22", "20–80", "≥ 15", "9 (alt. 15)", "ny i katalogen");
        assertThat(browser.findAll(By.cssSelector("#indicator-import-networks .indicator-mismatch"))).isNotEmpty();
        login.as(NMS_OFFICER);
        assertThat(clusters.list()).noneMatch(c -> c.name().equals("Nätverk Alfa"));
        browser.screenshot("indicator-import-02-preview");

        var confirm = browser.waitFor(By.id("indicator-import-confirm"));
        browser.scrollIntoView(confirm);
        confirm.click();
        browser.waitFor(By.id("indicators-rollup"));
        String rollup = browser.waitFor(By.id("indicators-rollup")).getText();
        assertThat(rollup).contains("Antal anställda i nätverksföretagen", "1 570", "900 (1 saknas)",
                "Kvinnor: 1 ej summerbara");
        browser.screenshot("indicator-import-03-rollup");

        var alfa = clusters.list().stream().filter(c -> c.name().equals("Nätverk Alfa")).findFirst().orElseThrow();
        browser.open("/clusters/" + alfa.id());
        var section = browser.waitFor(By.id("indicator-cluster-table"));
        browser.scrollIntoView(section);
        assertThat(section.getText()).contains("\u201dca 22\u201d", "9 (alt. 15)");
        assertThat(browser.waitFor(By.id("indicator-legend")).getText()).contains("Ungefärligt", "Intervall", "Osäkert");
        browser.screenshot("indicator-import-04-cluster-page");
        login.logout();
    }
}
