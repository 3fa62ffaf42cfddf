package se.klusterportalen.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.funding.ClusterFundingPlan;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.funding.StandardStream;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;

/**
 * An officer imports a year's reported amounts from a file in a real browser: preview, confirm, saved. Commits
 * Paper Province's 2018 actuals in Norra Mellansverige's demo plan, which no other test reads (ADR 0008).
 */
@IntegrationTest
class FundingImportBrowserIntegrationTest {

    private static final String CLUSTER = "Paper Province"; // Norra Mellansverige: no view test pins its figures

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired ProgrammeService programmes;
    @Autowired ClusterService clusters;
    @Autowired FundingService funding;
    @TempDir Path files;
    Browser browser;
    ProgrammeId programme;
    ClusterFundingPlan before;

    @BeforeEach
    void openBrowser() {
        login.as(NMS_OFFICER);
        programme = programmes.list().getFirst().id();
        before = plan();
        login.logout();
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        login.logout();
    }

    private ClusterFundingPlan plan() {
        var id = clusters.list().stream().filter(c -> c.name().equals(CLUSTER)).findFirst().orElseThrow().id();
        return funding.clusterPlan(programme, id);
    }

    @Test
    void officerImportsReportedAmountsFromAFile() throws IOException {
        Path wrong = Files.writeString(files.resolve("utfall-fel.csv"), """
                Kluster;Finansieringskälla;År;Utfall
                %s;Lotterivinster;2018;2 120 000
                """.formatted(CLUSTER));
        Path file = Files.writeString(files.resolve("utfall-2018.csv"), """
                Kluster;Finansieringskälla;År;Utfall
                %1$s;%2$s;2018;2 120 000
                %1$s;%3$s;2018;1 480 000 kr
                """.formatted(CLUSTER, StandardStream.REGION_BASE.swedishName(), StandardStream.MEMBER_FEES.swedishName()));

        browser.open("/funding");
        browser.signInAtKeycloak(NMS_OFFICER, PASSWORD);
        browser.waitFor(By.cssSelector("#funding-programme-list a")).click();
        browser.waitFor(By.id("programme-funding-import")).click();
        browser.waitFor(By.id("funding-import-template"));
        browser.upload(By.id("funding-import-upload"), wrong);
        browser.waitForText(By.id("funding-import-summary"), "Filen har 1 fel");
        assertThat(browser.waitFor(By.id("funding-import-problems")).getText())
                .contains("Finansieringskälla", "Regionen har ingen finansieringskälla med det namnet", "Lotterivinster");
        assertThat(browser.findAll(By.id("funding-import-confirm"))).allMatch(button -> !button.isDisplayed());
        browser.screenshot("funding-import-01-errors");

        browser.upload(By.id("funding-import-upload"), file);

        browser.waitForText(By.id("funding-import-summary"), "2 belopp ändras för 1 kluster");
        var rows = browser.findAll(By.cssSelector("#funding-import-changes vaadin-grid-cell-content"));
        assertThat(rows).extracting(cell -> cell.getText()).contains("– → 2 120 000 kr"); // WebDriver reads no-break spaces as spaces
        browser.screenshot("funding-import-02-preview");
        login.as(NMS_OFFICER);
        assertThat(plan().amounts()).isEqualTo(before.amounts());

        browser.waitFor(By.id("funding-import-confirm")).click();
        browser.waitFor(By.id("programme-funding-chart"));
        browser.screenshot("funding-import-03-done");

        var after = plan();
        var base = after.baseStream().orElseThrow().id();
        assertThat(after.actual(base, 2018)).hasValue(2_120_000);
        assertThat(after.planned(base, 2018)).isEqualTo(before.planned(base, 2018));
    }
}
