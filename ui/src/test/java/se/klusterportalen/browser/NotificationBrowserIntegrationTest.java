package se.klusterportalen.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.notification.NotificationFixtures;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;

/**
 * A cluster manager with a new notification sees the bell's figure in the header, opens the list and follows the
 * notification to the record. Screenshots of the header and the list in target/screenshots.
 */
@IntegrationTest
class NotificationBrowserIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired NotificationFixtures fixtures;
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
    void aManagerSeesTheBellOpensTheListAndFollowsANotification() {
        String cluster = ClusterFixtures.unique("Klockklustret");
        login.inOwnTransaction(SKANE_MANAGER, () -> {
            fixtures.assessmentSubmitted(SKANE_MANAGER, ClusterFixtures.unique("Mobile Heights"), "2026", "assessments");
            fixtures.labelExpiring(SKANE_MANAGER, cluster, LocalDate.of(2026, 12, 20), "assessments");
        });
        login.logout();

        browser.open("/");
        browser.signInAtKeycloak(SKANE_MANAGER, PASSWORD);
        var count = browser.waitFor(By.id("notification-count"));
        assertThat(Integer.parseInt(count.getText())).isGreaterThanOrEqualTo(2);
        browser.screenshot("70-notification-bell");

        browser.waitFor(By.id("notification-bell")).click();
        browser.waitForText(By.id("notifications-list"), cluster);
        browser.screenshot("71-notification-list");

        browser.findAll(By.cssSelector(".notification-item .notification-open")).getFirst().click();
        browser.waitForUrlContaining("/assessments");
    }
}
