package se.klusterportalen.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.demo.ScaleData;
import se.klusterportalen.programme.ProgrammeFixtures;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
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
    @Autowired RealLogin login;
    @Autowired ProgrammeFixtures programmes;
    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    private final List<se.klusterportalen.programme.ProgrammeId> committed = new java.util.ArrayList<>();

    @AfterEach
    void closeBrowser() {
        browser.close();
        committed.forEach(programme -> programmes.removeCommitted(se.klusterportalen.testsupport.DemoUsers.SKANE,
                programme));
    }

    @Test
    void aPoliticianReadsTheOverviewAndPrintsAllOfIt() throws IOException {
        // an earlier programme of its own (committed, uniquely named, 2001–2002: never the newest; removed afterwards)
        String earlier = ProgrammeFixtures.unique("Tidigare program");
        var programme = login.inOwnTransaction(SKANE_OFFICER, () -> programmes.pastProgramme(earlier, List.of()));
        committed.add(programme.id());
        browser.open("/");
        browser.signInAtKeycloak(SKANE_POLITICIAN, PASSWORD);

        browser.waitForText(By.id("overview-total"), "10");
        String goals = browser.waitFor(By.id("overview-goals-attention")).getText();
        // demo data: the Gold goal has 3 of the 5 clusters it needs; Mobile Heights is one of those without Gold
        assertThat(goals).contains("Missat: Minst fem klusterinitiativ har ECEI-märkning i guld — 3 av minst 5 per 2021-12-31 — saknas:")
                .contains("Mobile Heights");
        assertThat(browser.waitFor(By.id("report-region-sv")).getText()).contains("Regionrapport (PDF)");
        browser.screenshot("20-skane-politician-overview");
        browser.screenshot("20-skane-politician-overview-1280", 1280, 2600);
        browser.screenshot("20-skane-politician-overview-820", 820, 3200);

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

        // the programme selector: choosing the earlier programme puts it in the address and in every panel
        browser.waitFor(By.id("overview-programme-select")).click();
        browser.waitFor(By.xpath("//vaadin-select-item[contains(., '" + earlier + "')]")).click();
        browser.waitForUrlContaining("programme=" + programme.id());
        browser.waitForText(By.id("overview-programme"), "Mål – " + earlier);
        browser.screenshot("21-skane-politician-overview-earlier-programme");
        // the address can be linked and opened again
        browser.open("/?programme=" + programme.id());
        browser.waitForText(By.id("overview-programme"), "Mål – " + earlier);
    }

    @Test
    void thePhasePanelFitsALaptopAndATablet() {
        browser.open("/");
        browser.signInAtKeycloak(NMS_POLITICIAN, PASSWORD);

        // demo data: Norra Mellansverige's fixed round 2017 (the cluster study), no earlier round
        browser.waitForText(By.id("overview-phases"), "Utvecklingsfaser – omgång 2017");
        assertThat(browser.waitFor(By.id("overview-phases-change")).getText())
                .endsWith("Ingen tidigare fastställd omgång att jämföra med.");
        // the panel's markup comes from its address (issue #19): fetched by the browser after the answer
        browser.waitFor(By.cssSelector("#overview-phases-heatmap a"));
        assertThat(browser.findAll(By.cssSelector("#overview-phases-heatmap a"))).isNotEmpty();
        for (int width : new int[]{1400, 820}) {
            browser.screenshot("22-nms-politician-overview-" + width, width, 3400);
        }
        // on a tablet's width nothing sticks out sideways: the page does not scroll horizontally
        var window = browser.driver.manage().window();
        window.setSize(new org.openqa.selenium.Dimension(820, 1100));
        Object overflow = browser.script("const v = document.getElementById('overview');"
                + " return v.scrollWidth - v.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        // nor does the heat map scroll inside its panel: the dimensions go by their codes, a key under the table
        Object heatMapOverflow = browser.script("const s = document.getElementById('overview-phases-heatmap')"
                + ".parentElement; return s.scrollWidth - s.clientWidth;");
        assertThat(((Number) heatMapOverflow).intValue()).isLessThanOrEqualTo(0);
        assertThat(browser.waitFor(By.id("overview-phases-key")).getText()).startsWith("S Strategi");
    }

    /**
     * Issue #19: the scale data set's Region Skala (300 clusters, generated once per test JVM and committed) as its
     * politician reads it: the heat map, one static fragment, has a linked row per fixed result of the newest round and
     * fits a tablet's width without scrolling inside its panel, in Swedish and in English. Screenshots
     * 23-skala-politician-overview-{sv,en}-{1400,820}.
     */
    @Test
    void theHeatMapOfThreeHundredClustersFitsATabletInSwedishAndEnglish(@Autowired ScaleData data,
                                                                      @Autowired AssessmentService assessments) {
        var region = ScaleData.STANDARD.getFirst();
        data.generate(List.of(region), ScaleData.SEED);
        String politician = region.code() + ".politiker";
        int fixed = login.inOwnTransaction(politician, () -> assessments.phaseDistribution().orElseThrow().newest()
                .rows().size());
        browser.open("/");
        browser.signInAtKeycloak(politician, PASSWORD);

        browser.waitForText(By.id("overview-total"), "300");
        browser.waitFor(By.cssSelector("#overview-phases-heatmap tbody th[scope=row] a"));
        assertThat(browser.findAll(By.cssSelector("#overview-phases-heatmap tbody th[scope=row] a"))).hasSize(fixed);
        assertThat(browser.findAll(By.cssSelector("#overview-phases-heatmap thead th[scope=col] abbr")))
                .hasSize(5);
        for (String language : List.of("sv", "en")) {
            if (language.equals("en")) {
                browser.waitFor(By.id("language")).click();
                browser.waitFor(By.xpath("//vaadin-select-item[contains(., 'English')]")).click();
                browser.waitForText(By.id("overview-phases"), "Development phases");
                browser.waitFor(By.cssSelector("#overview-phases-heatmap tbody th[scope=row] a"));
            }
            for (int width : new int[]{1400, 820}) {
                browser.screenshot("23-skala-politician-overview-" + language + "-" + width, width, 12000);
            }
            browser.resize(820, 1100);
            Object heatMapOverflow = browser.script("const s = document.getElementById('overview-phases-heatmap')"
                    + ".parentElement; return s.scrollWidth - s.clientWidth;");
            assertThat(((Number) heatMapOverflow).intValue()).as(language).isLessThanOrEqualTo(0);
            browser.resize(1400, 1100);
        }
    }
}
