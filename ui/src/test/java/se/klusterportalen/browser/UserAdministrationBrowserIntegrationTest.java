package se.klusterportalen.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.account.AccountService;
import se.klusterportalen.account.RegionAccount;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.devservices.PortalUrlRegistration;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.security.Role;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.ADMIN;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * Issue #17 in a real browser: a Skåne officer invites a cluster manager bound to Packbridge on the "Användare"
 * page; that person signs in with the temporary password, chooses their own, and may edit Packbridge but not Mobile
 * Heights; the officer disables them: their open session ends and Keycloak refuses the next sign-in. A platform
 * administrator disables and enables a whole region. Records are uniquely named and stay.
 */
@IntegrationTest
class UserAdministrationBrowserIntegrationTest {

    @LocalServerPort int port;
    @Value("${klusterportal.dev-services.keycloak-url}") String keycloakUrl;
    @Autowired RealLogin login;
    @Autowired AccountService accounts;
    @Autowired ClusterService clusters;
    @Autowired RegionService regions;
    Browser officer;
    Browser manager;

    @BeforeEach
    void openBrowsers() {
        PortalUrlRegistration.register(keycloakUrl, "http://localhost:" + port);
        officer = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowsers() {
        officer.close();
        if (manager != null) {
            manager.close();
        }
        login.logout();
    }

    private ClusterId cluster(String name) {
        return login.inOwnTransaction(SKANE_OFFICER, () -> clusters.list().stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow().id());
    }

    @Test
    void anInvitedClusterManagerSignsInEditsOnlyTheirClusterAndIsShutOutWhenDisabled() {
        String email = "klara." + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        officer.open("/users");
        officer.signInAtKeycloak(SKANE_OFFICER, PASSWORD);
        officer.waitFor(By.id("users-grid"));
        assertThat(officer.waitFor(By.id("users-invitation-mode")).getText())
                .startsWith("Ingen e-postserver är inställd");
        officer.screenshot("users-01-list");

        officer.waitFor(By.id("users-invite")).click();
        officer.waitFor(By.cssSelector("#invite-first-name input")).sendKeys("Klara");
        officer.waitFor(By.cssSelector("#invite-last-name input")).sendKeys("Ledare");
        officer.waitFor(By.cssSelector("#invite-email input")).sendKeys(email);
        officer.waitFor(By.cssSelector("#invite-clusters input")).sendKeys("Packbridge");
        officer.waitFor(By.xpath("//vaadin-multi-select-combo-box-item[contains(., 'Packbridge')]")).click();
        officer.waitFor(By.cssSelector("#invite-clusters input")).sendKeys(Keys.TAB); // closes the list of clusters
        officer.screenshot("users-02-invite-dialog");
        officer.waitFor(By.id("invite-send")).click();
        String temporary = officer.waitFor(By.id("invited-password")).getText();
        assertThat(temporary).hasSize(16);
        officer.screenshot("users-03-invited-temporary-password");
        officer.waitFor(By.id("invited-done")).click();
        officer.waitForText(By.id("users-grid"), email);

        manager = new Browser("http://localhost:" + port);
        manager.open("/clusters");
        manager.signInAtKeycloak(email, temporary);
        String own = "Klaras-eget-losenord-1";
        manager.waitFor(By.id("password-new")).sendKeys(own);
        manager.waitFor(By.id("password-confirm")).sendKeys(own);
        manager.waitFor(By.cssSelector("[type=submit]")).click();
        assertThat(manager.waitFor(By.id("header-user")).getText()).isEqualTo("Klara Ledare");
        manager.open("/clusters/" + cluster("Packbridge").value());
        manager.waitFor(By.id("cluster-edit"));
        manager.screenshot("users-04-manager-edits-packbridge");
        manager.open("/clusters/" + cluster("Mobile Heights").value());
        manager.waitForText(By.id("cluster-page"), "Mobile Heights");
        assertThat(manager.findAll(By.id("cluster-edit"))).isEmpty();

        officer.open("/users");
        officer.waitFor(By.id("user-disable-" + email)).click();
        officer.waitFor(By.id("user-toggle-confirm")).click();
        officer.waitForGone(By.id("user-toggle-dialog"));
        officer.waitFor(By.id("user-enable-" + email));
        officer.screenshot("users-05-disabled");

        // the open session ended; Keycloak refuses the password now
        manager.open("/clusters");
        manager.waitFor(By.id("kc-login"));
        manager.signInAtKeycloak(email, own);
        manager.waitFor(By.id("kc-login"));
        assertThat(manager.currentUrl()).startsWith(keycloakUrl);
        assertThat(manager.findAll(By.id("header-user"))).isEmpty();
        manager.screenshot("users-06-disabled-sign-in-refused");

        RegionAccount invited = login.inOwnTransaction(SKANE_OFFICER, () -> accounts.list().stream()
                .filter(a -> a.username().equals(email)).findFirst().orElseThrow());
        assertThat(invited.enabled()).isFalse();
        officer.open("/users/" + invited.id());
        officer.waitForText(By.id("user-history"), "Avstängd");
        assertThat(officer.waitFor(By.id("user-history")).getText()).contains("Inbjuden").contains(SKANE_OFFICER);
        officer.screenshot("users-07-user-page-history");
    }

    @Test
    void aPlatformAdministratorDisablesAndEnablesARegion() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String code = "b-" + suffix;
        login.inOwnTransaction(ADMIN, () -> {
            regions.create(code, "Region Prov " + suffix);
            regions.addUser(code, "off-" + suffix, "Olle", "Officer", "off-" + suffix + "@example.se",
                    Role.PROGRAMME_OFFICER);
        });
        officer.open("/admin/regions");
        officer.signInAtKeycloak(ADMIN, PASSWORD);
        officer.waitFor(By.xpath("//vaadin-grid-cell-content[text()='" + code + "']")).click();
        officer.waitForText(By.id("region-state"), "Regionen är öppen");
        officer.waitFor(By.id("region-toggle")).click();
        officer.waitFor(By.id("region-toggle-confirm"));
        officer.screenshot("users-08-region-disable-confirm");
        officer.waitFor(By.id("region-toggle-confirm")).click();
        officer.waitForText(By.id("region-state"), "Regionen är avstängd");
        officer.screenshot("users-09-region-disabled");
        assertThat(login.inOwnTransaction(ADMIN, () -> regions.users(code))).isEmpty();

        officer.waitFor(By.id("region-toggle")).click();
        officer.waitFor(By.id("region-toggle-confirm")).click();
        officer.waitForText(By.id("region-state"), "Regionen är öppen");
        assertThat(login.inOwnTransaction(ADMIN, () -> regions.users(code))).hasSize(1);
    }
}
