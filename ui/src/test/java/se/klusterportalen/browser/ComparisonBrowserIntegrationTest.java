package se.klusterportalen.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.comparison.ComparisonFixtures;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.SignedInAs;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;

/**
 * The comparison across regions as a politician of a taking part region reads it in a real browser, after three
 * built regions and Norra Mellansverige were computed together. Screenshot in target/screenshots.
 */
@IntegrationTest
@SignedInAs(NMS_OFFICER)
class ComparisonBrowserIntegrationTest {

    @LocalServerPort int port;
    @Autowired ComparisonFixtures fixtures;
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
    void aPoliticianComparesTheRegionWithTheOthersWithoutSeeingANameOrASmallGroup() {
        fixtures.onlyTakingPart(NMS, fixtures.region("a", 1, 2, 2, 3, 3), fixtures.region("b", 1, 2, 2, 3, 3),
                fixtures.region("c", 1, 2, 3, 3, 3));
        fixtures.recompute();

        browser.open("/comparison");
        browser.signInAtKeycloak(NMS_POLITICIAN, PASSWORD);

        String phases = browser.waitFor(By.id("comparison-phases")).getText();
        assertThat(browser.waitFor(By.id("comparison-phases-3")).getText()).contains("43,8", "7 kluster", "50,0");
        assertThat(browser.waitFor(By.id("comparison-phases-4")).getText()).contains("för få för att visa");
        browser.screenshot("70-nms-politician-comparison");

        browser.scrollIntoView(browser.waitFor(By.id("comparison-labels")));
        browser.screenshot("71-nms-politician-comparison-labels");

        String page = browser.waitFor(By.id("comparison")).getText();
        assertThat(phases).contains("Er region", "Alla deltagande regioner");
        assertThat(page).doesNotContain("Skåne", "Norra Mellansverige", "Paper Province", fixtures.run());
    }
}
