package se.klusterportalen.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.testsupport.IntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.NO_REGION;
import static se.klusterportalen.testsupport.DemoUsers.ADMIN;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/** The main paths in a real browser, through Keycloak's own login page. Screenshots land in target/screenshots. */
@IntegrationTest
class PortalBrowserIntegrationTest {

    @LocalServerPort int port;
    @Value("${klusterportal.dev-services.keycloak-url}") String keycloakUrl;
    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private List<String> visibleClusterNames() {
        browser.waitFor(By.cssSelector("#cluster-table table"));
        return browser.findAll(By.cssSelector("#cluster-table tbody th")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void anonymousVisitorIsSentToKeycloakLogin() {
        browser.open("/clusters");

        browser.waitFor(By.id("kc-login"));
        assertThat(browser.currentUrl()).startsWith(keycloakUrl + "/realms/klusterportal/protocol/openid-connect/auth");
        browser.screenshot("01-keycloak-login");
    }

    @Test
    void skaneOfficerLogsInAndSeesExactlyTheTenSkaneClusters() {
        browser.open("/clusters");
        browser.signInAtKeycloak(SKANE_OFFICER, PASSWORD);

        browser.waitForText(By.id("cluster-count"), "10 kluster");
        assertThat(browser.waitFor(By.id("header-region")).getText()).isEqualTo("Region Skåne");
        assertThat(visibleClusterNames()).contains("Mobile Heights", "Packbridge", "Svenskt Marintekniskt Forum")
                .doesNotContain("Paper Province");
        browser.screenshot("02-skane-officer-clusters");

        browser.open("/");
        browser.waitForText(By.id("overview-total"), "10");
        browser.screenshot("03-skane-officer-overview");
    }

    /** Where the header's parts are on the screen: the log-out button's edges, the region's left edge, line heights. */
    @SuppressWarnings("unchecked")
    private java.util.Map<String, Object> headerGeometry() {
        return (java.util.Map<String, Object>) browser.script("""
                const box = id => document.getElementById(id).getBoundingClientRect();
                const lines = id => {
                  const element = document.getElementById(id);
                  if (!element.checkVisibility()) return 0;
                  const style = getComputedStyle(element);
                  const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
                  return Math.round(element.getBoundingClientRect().height / line);
                };
                return {
                  width: window.innerWidth,
                  toggleRight: document.querySelector('vaadin-drawer-toggle').getBoundingClientRect().right,
                  regionLeft: box('header-region').left,
                  logoutLeft: box('logout').left,
                  logoutRight: box('logout').right,
                  regionLines: lines('header-region'),
                  userLines: lines('header-user'),
                  roleLines: lines('header-role')
                };""");
    }

    @Test
    void theHeaderFitsAPhoneAndATabletWithNamesOnOneLineAndLogOutOnTheScreen() {
        browser.open("/");
        browser.signInAtKeycloak(SKANE_OFFICER, PASSWORD);
        browser.waitForText(By.id("overview-total"), "10");

        browser.resize(1024, 700);
        browser.open("/"); // as a tablet opens it: the drawer as the layout chooses for that width
        browser.waitForText(By.id("overview-total"), "10");
        var tablet = headerGeometry();
        browser.screenshot("04-header-tablet-1024");
        assertThat(((Number) tablet.get("logoutRight")).doubleValue()).isLessThanOrEqualTo(((Number) tablet.get("width")).doubleValue());
        assertThat(tablet).containsEntry("regionLines", 1L).containsEntry("userLines", 1L);

        browser.resize(500, 900);
        browser.open("/");
        browser.waitForText(By.id("overview-total"), "10");
        var phone = headerGeometry();
        browser.screenshot("04-header-phone-500");
        assertThat(((Number) phone.get("logoutLeft")).doubleValue()).isGreaterThan(0);
        assertThat(((Number) phone.get("logoutRight")).doubleValue()).isLessThanOrEqualTo(((Number) phone.get("width")).doubleValue());
        assertThat(((Number) phone.get("regionLeft")).doubleValue()).isGreaterThanOrEqualTo(((Number) phone.get("toggleRight")).doubleValue());
        assertThat(phone).containsEntry("regionLines", 1L).containsEntry("userLines", 0L).containsEntry("roleLines", 0L);
        assertThat(browser.waitFor(By.id("logout")).getDomAttribute("aria-label")).isEqualTo("Logga ut");

        browser.waitFor(By.id("logout")).click();
        browser.waitFor(By.id("kc-login"));
    }

    @Test
    void wrongPasswordStaysOnKeycloaksPageWithItsError() {
        browser.open("/");
        browser.signInAtKeycloak(SKANE_OFFICER, "not-the-password");

        WebElement error = browser.waitFor(By.id("input-error-username"));
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.currentUrl()).startsWith(keycloakUrl);
        browser.screenshot("05-wrong-password");
    }

    @Test
    void logoutEndsTheKeycloakSessionToo() {
        browser.open("/");
        browser.signInAtKeycloak(SKANE_OFFICER, PASSWORD);
        browser.waitFor(By.id("logout")).click();

        // back at the portal, which asks Keycloak again: Keycloak no longer has a session and shows its form
        browser.waitFor(By.id("kc-login"));
        browser.open("/clusters");
        browser.waitFor(By.id("kc-login"));
        assertThat(browser.currentUrl()).startsWith(keycloakUrl);
    }

    @Test
    void platformAdminOnboardsARegionWhoseFirstOfficerSetsAPasswordAndSeesTheRegion() {
        browser.open("/admin/regions");
        browser.signInAtKeycloak(ADMIN, PASSWORD);
        browser.waitFor(By.cssSelector("#region-code input")).sendKeys("kronoberg");
        browser.waitFor(By.cssSelector("#region-name input")).sendKeys("Region Kronoberg");
        browser.waitFor(By.id("region-create")).click();
        browser.waitForText(By.id("region-people"), "Konton i Region Kronoberg");
        browser.waitFor(By.cssSelector("#user-username input")).sendKeys("kronoberg.handlaggare");
        browser.waitFor(By.cssSelector("#user-first-name input")).sendKeys("Kim");
        browser.waitFor(By.cssSelector("#user-last-name input")).sendKeys("Kronoberg");
        browser.waitFor(By.cssSelector("#user-email input")).sendKeys("kim@example.se");
        // the region's "created" notification covers the button at the bottom of the window until it closes
        browser.waitForGone(By.tagName("vaadin-notification-card"));
        browser.waitFor(By.id("user-add")).click();
        String password = browser.waitFor(By.id("account-password")).getText();
        browser.screenshot("07-admin-account-created");
        browser.waitFor(By.id("account-done")).click();
        browser.waitFor(By.id("logout")).click();

        browser.waitFor(By.id("kc-login"));
        browser.signInAtKeycloak("kronoberg.handlaggare", password);
        browser.waitFor(By.id("password-new")).sendKeys("Ett-eget-l0senord");
        browser.waitFor(By.id("password-confirm")).sendKeys("Ett-eget-l0senord");
        browser.screenshot("08-first-sign-in-new-password");
        browser.waitFor(By.cssSelector("[type=submit]")).click();

        assertThat(browser.waitFor(By.id("header-region")).getText()).isEqualTo("Region Kronoberg");
        assertThat(browser.waitFor(By.id("header-user")).getText()).isEqualTo("Kim Kronoberg");
        browser.open("/clusters");
        browser.waitForText(By.id("cluster-count"), "0 kluster");
        browser.screenshot("09-new-region-officer");
    }
}
