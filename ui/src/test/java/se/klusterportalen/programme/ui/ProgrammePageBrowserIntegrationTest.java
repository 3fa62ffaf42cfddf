package se.klusterportalen.programme.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.browser.Browser;
import se.klusterportalen.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/** The programme page in a real browser; screenshots in ui/target/screenshots (goals-*.png). */
@IntegrationTest
class ProgrammePageBrowserIntegrationTest {

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
    void skaneOfficerOpensTheProgrammeAndSeesItsGoalsJudged() {
        browser.open("/programmes");
        browser.signInAtKeycloak(SKANE_OFFICER, PASSWORD);

        browser.waitForText(By.id("programme-grid"), "Klusterutvecklingsprogram 2017–2021");
        browser.screenshot("goals-01-programme-list");
        browser.findAll(By.cssSelector("#programme-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().contains("2017–2021")).findFirst().orElseThrow().click();

        browser.waitForText(By.id("programme-goals"), "3 av 5 kluster har giltig märkning Guld eller högre");
        assertThat(browser.findAll(By.cssSelector("#programme-goals .goal-card"))).hasSizeGreaterThanOrEqualTo(11);
        assertThat(browser.findAll(By.cssSelector("#programme-goals .goal-status")).getFirst().getText())
                .isEqualTo("Missat");
        assertThat(browser.findAll(By.cssSelector("#programme-goals .goal-shortfalls")).getFirst().getText())
                .contains("Mobile Heights (Silver)");
        browser.screenshot("goals-02-skane-goals");

        browser.scrollIntoView(browser.waitFor(By.id("milestone-timeline")));
        assertThat(browser.findAll(By.cssSelector("#milestone-timeline .timeline-marker"))).hasSizeGreaterThanOrEqualTo(5);
        browser.screenshot("goals-03-skane-milestones");
    }

    @Test
    void norraMellansverigeOfficerSeesTheMilestonesOverdueInRedAndOnTheTimeline() {
        browser.open("/programmes");
        browser.signInAtKeycloak(NMS_OFFICER, PASSWORD);
        browser.waitForText(By.id("programme-grid"), "Smart specialisering");
        browser.findAll(By.cssSelector("#programme-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().contains("Smart specialisering")).findFirst().orElseThrow().click();

        browser.waitForText(By.id("milestone-grid"), "Metod för uppföljning utvecklad");
        assertThat(browser.findAll(By.cssSelector("#milestone-grid .milestone-overdue")))
                .anySatisfy(cell -> assertThat(cell.getText()).endsWith("dagar sen"));
        assertThat(browser.findAll(By.cssSelector("#milestone-timeline .timeline-marker"))).hasSizeGreaterThanOrEqualTo(15);
        assertThat(browser.findAll(By.cssSelector("#milestone-timeline .timeline-quarter"))).hasSize(12);
        browser.screenshot("goals-04-nms-milestones");

        browser.scrollIntoView(browser.waitFor(By.id("milestone-timeline")));
        assertThat((Boolean) browser.script("""
                const timeline = document.getElementById('milestone-timeline');
                return timeline.scrollWidth <= timeline.clientWidth;"""))
                .as("the last marker lies inside the timeline, nothing clipped").isTrue();
        assertThat((Long) browser.script("""
                return [...document.querySelectorAll('#milestone-timeline .timeline-label')]
                    .filter(l => l.scrollWidth > l.clientWidth + 1).length;"""))
                .as("every milestone name whole (wrapped, not cut)").isZero();
        assertThat((Long) browser.script("""
                return [...document.querySelectorAll('#milestone-grid vaadin-grid-cell-content')]
                    .filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1).length;"""))
                .as("no milestone grid cell cut").isZero();
        browser.screenshot("goals-05-nms-timeline");

        var overdueOnly = browser.findAll(By.cssSelector("#milestone-overdue-filter input")).getFirst();
        browser.scrollIntoView(overdueOnly);
        overdueOnly.click();
        browser.waitForText(By.id("milestone-count"), "Visar 3 av");
        browser.screenshot("goals-06-nms-overdue-only");
    }
}
