package se.klusterportalen.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.devservices.PortalUrlRegistration;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.ADMIN;

/**
 * Issue #11 ("Clicks and sessions") and #14: an open portal session ends as soon as Keycloak ends the user's
 * session — when a platform administrator disables the account in the portal, or when the user is signed out in
 * Keycloak elsewhere. Keycloak's back-channel logout reaches the portal before the admin call returns, so the
 * very next request of the open browser is sent to sign-in.
 */
@IntegrationTest
class SessionEndBrowserIntegrationTest {

    private static final String REALM = "klusterportal";

    @LocalServerPort int port;
    @Value("${klusterportal.dev-services.keycloak-url}") String keycloakUrl;
    @Autowired RegionService regions;
    @Autowired RealLogin login;
    Browser browser;

    @BeforeEach
    void openBrowser() {
        // Keycloak has one back-channel address per client: this test's portal (other test contexts may run)
        PortalUrlRegistration.register(keycloakUrl, "http://localhost:" + port);
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        login.logout();
    }

    @Test
    void aDisabledAccountsOpenSessionIsSentToSignInAtItsNextRequest() {
        String username = newSkaneOfficer();
        signedInAndWorking(username);

        login.as(ADMIN);
        regions.disableUser("skane", username);
        login.logout();

        browser.open("/clusters");
        browser.waitFor(By.id("kc-login"));
        assertThat(browser.currentUrl()).startsWith(keycloakUrl + "/realms/klusterportal/protocol/openid-connect/auth");
        browser.screenshot("session-end-01-disabled-sent-to-sign-in");
    }

    @Test
    void aUserSignedOutInKeycloakElsewhereIsSentToSignInAtTheNextRequest() {
        String username = newSkaneOfficer();
        signedInAndWorking(username);

        try (Keycloak admin = masterAdmin()) {
            var users = admin.realm(REALM).users();
            users.get(users.search(username, true).getFirst().getId()).logout();
        }

        browser.open("/clusters");
        browser.waitFor(By.id("kc-login"));
        assertThat(browser.currentUrl()).startsWith(keycloakUrl + "/realms/klusterportal/protocol/openid-connect/auth");
    }

    private void signedInAndWorking(String username) {
        browser.open("/clusters");
        browser.signInAtKeycloak(username, PASSWORD);
        browser.waitForText(By.id("cluster-count"), "10 kluster");
        browser.open("/programmes");
        assertThat(browser.waitFor(By.id("header-region")).getText()).isEqualTo("Region Skåne");
        assertThat(browser.currentUrl()).isEqualTo("http://localhost:" + port + "/programmes");
    }

    private static final String PASSWORD = "Ett-langt-provlosenord-1";

    /** A new programme officer of Region Skåne with a permanent password, so the browser signs straight in. */
    private String newSkaneOfficer() {
        String username = "session.prov." + UUID.randomUUID().toString().substring(0, 8);
        try (Keycloak admin = masterAdmin()) {
            var user = new UserRepresentation();
            user.setUsername(username);
            user.setEnabled(true);
            user.setEmailVerified(true);
            user.setFirstName("Sessa");
            user.setLastName("Prov");
            user.setEmail(username + "@example.se");
            user.setAttributes(Map.of("region", List.of("skane")));
            var credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue(PASSWORD);
            credential.setTemporary(false);
            user.setCredentials(List.of(credential));
            user.setRealmRoles(List.of("programme-officer"));
            try (var response = admin.realm(REALM).users().create(user)) {
                assertThat(response.getStatus()).isEqualTo(201);
            }
            var created = admin.realm(REALM).users().search(username, true).getFirst();
            var role = admin.realm(REALM).roles().get("programme-officer").toRepresentation();
            admin.realm(REALM).users().get(created.getId()).roles().realmLevel().add(List.of(role));
        }
        return username;
    }

    private Keycloak masterAdmin() {
        return KeycloakBuilder.builder().serverUrl(keycloakUrl).realm("master").clientId("admin-cli")
                .username("admin").password("admin").build();
    }
}
