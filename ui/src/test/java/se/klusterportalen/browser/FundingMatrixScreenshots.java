package se.klusterportalen.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.demo.ScaleData;
import se.klusterportalen.testsupport.IntegrationTest;

import java.util.List;

/**
 * Screenshots of the programme funding page and the assessment matrix for Region Skala (300 clusters, the scale data
 * set), Region Skåne's funding and Norra Mellansverige's matrix and funding (the demo data), in Swedish and English, in a real browser: to look at, not a test (the name
 * does not end in Test). Run by hand with
 * {@code ./mvnw -B -o -pl ui -am package -Dtest=FundingMatrixScreenshots -Dsurefire.failIfNoSpecifiedTests=false};
 * the pictures are in {@code ui/target/screenshots/pages-*.png}.
 */
@IntegrationTest
class FundingMatrixScreenshots {

    @LocalServerPort int port;

    @BeforeAll
    static void generate(@Autowired ScaleData data) {
        data.generate(List.of(ScaleData.STANDARD.getFirst()), ScaleData.SEED);
    }

    @Test
    void fundingAndMatrixForSkalaAndSkaneInSwedishAndEnglish() throws Exception {
        // Skåne's demo data has no assessment round: its matrix is empty, Norra Mellansverige's has the 2017 study
        for (String user : List.of("skala.handlaggare", "skane.handlaggare", "nms.handlaggare")) {
            try (var browser = new Browser("http://localhost:" + port)) {
                browser.open("/funding");
                browser.signInAtKeycloak(user, "demo");
                for (String language : List.of("sv", "en")) {
                    if (language.equals("en")) {
                        browser.waitFor(By.id("language")).click();
                        browser.waitFor(By.xpath("//vaadin-select-item[contains(., 'English')]")).click();
                        Thread.sleep(3000); // the page reloads in English
                    }
                    String region = user.substring(0, user.indexOf('.'));
                    browser.open("/funding");
                    browser.waitFor(By.cssSelector("#funding-programme-list a")).click();
                    browser.waitFor(By.id("programme-funding-chart"));
                    Thread.sleep(2000);
                    browser.screenshot("pages-funding-" + region + "-" + language, 1400, 3000);
                    if (user.startsWith("skane")) {
                        continue;
                    }
                    browser.open("/assessments/matrix");
                    browser.waitFor(By.id("matrix-phases"));
                    Thread.sleep(2000);
                    browser.screenshot("pages-matrix-" + region + "-" + language, 1400, 2400);
                }
            }
        }
    }
}
