package se.klusterportalen.programme.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.browser.Browser;
import se.klusterportalen.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;

/**
 * Issue #11: a double click on "Spara" in "Ny milstolpe" created two milestones. The button is disabled from the
 * first click, and the service creates a milestone once per form. A uniquely named milestone, committed (end to end).
 */
@IntegrationTest
class MilestoneDoubleClickBrowserIntegrationTest {

    @LocalServerPort int port;
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
    void aDoubleClickOnSaveCreatesOneMilestone() {
        String title = "Dubbelklick " + System.nanoTime();
        browser.open("/programmes");
        browser.signInAtKeycloak(NMS_OFFICER, PASSWORD);
        browser.waitForText(By.id("programme-grid"), "Smart specialisering");
        browser.findAll(By.cssSelector("#programme-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().contains("Smart specialisering")).findFirst().orElseThrow().click();

        var add = browser.waitFor(By.id("milestone-add"));
        browser.scrollIntoView(add);
        add.click();
        browser.waitFor(By.cssSelector("#milestone-title input")).sendKeys(title);
        browser.waitFor(By.cssSelector("#milestone-due-quarter input")).sendKeys("2018 Q2");
        browser.doubleClick(By.id("milestone-save"));

        browser.waitForGone(By.id("milestone-dialog"));
        var search = browser.waitFor(By.cssSelector("#milestone-search input"));
        browser.scrollIntoView(search);
        search.sendKeys(title);
        browser.waitForText(By.id("milestone-count"), "Visar 1 av");
        assertThat(browser.findAll(By.cssSelector("#milestone-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals(title)).count()).isEqualTo(1);
        browser.screenshot("milestone-double-click");
    }
}
