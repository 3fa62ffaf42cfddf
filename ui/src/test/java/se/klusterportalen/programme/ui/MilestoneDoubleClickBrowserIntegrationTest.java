package se.klusterportalen.programme.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.browser.Browser;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.List;

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
    @Autowired RealLogin login;
    @Autowired ProgrammeService programmes;
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
        // a programme of its own (committed, uniquely named): no other test counts its milestones
        var programme = login.inOwnTransaction(NMS_OFFICER, () -> programmes.create(
                "Dubbelklickstest " + System.nanoTime(), 2001, 2002, List.of()));
        browser.open("/programmes/" + programme.id());
        browser.signInAtKeycloak(NMS_OFFICER, PASSWORD);

        var add = browser.waitFor(By.id("milestone-add"));
        browser.scrollIntoView(add);
        add.click();
        browser.waitFor(By.cssSelector("#milestone-title input")).sendKeys(title);
        browser.waitFor(By.cssSelector("#milestone-due-quarter input")).sendKeys("2002 Q2");
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
