package se.klusterportalen.devservices;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.browser.Browser;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.VaadinHttpUser;
import se.klusterportalen.testsupport.VaadinHttpUser.VaadinFailure;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * Issue #15, Keycloak restarted while the portal runs: the test stops the real Keycloak of the test set-up (the dev
 * services' process) and starts it again on the same port and database. A user who signed in before goes on working
 * through the Vaadin UI (pages and a save) while it is down; an anonymous visitor gets the portal's translated
 * "sign-in impossible just now" page (503), not the browser's "cannot connect"; after the restart a new sign-in
 * through Keycloak's form works. The page a browser gets while Keycloak is down is saved as a screenshot.
 */
@IntegrationTest
class KeycloakRestartIntegrationTest {

    private static final String PASSWORD = "demo";

    @LocalServerPort int port;
    @Autowired ClusterFixtures clusters;

    @Test
    void signedInUsersKeepWorkingWhileKeycloakIsDownAndNewSignInsWorkOnceItIsBack() throws Exception {
        String base = "http://localhost:" + port;
        var officer = new VaadinHttpUser(base, SKANE_OFFICER, PASSWORD);
        assertThat(officer.signIn()).as("signed in with Keycloak's form").isTrue();
        // the portfolio's rows are markup the browser fetches from the address the answer names (ADR 0097)
        assertThat(officer.shown(officer.open("clusters"))).contains("Mobile Heights");

        LocalKeycloak keycloak = DevServices.runningKeycloak().orElseThrow();
        String name = "Medan Keycloak startar om " + UUID.randomUUID().toString().substring(0, 8);
        keycloak.close();
        try {
            assertThat(officer.navigate("").toString()).as("the overview while Keycloak is down")
                    // the programme's name (its en dash travels as a character reference inside the panels' markup)
                    .contains("Klusterutvecklingsprogram 2017");
            String id = officer.createCluster(name);
            assertThat(officer.navigate("clusters/" + id).toString()).as("saved while Keycloak is down").contains(name);

            var visitor = new VaadinHttpUser(base, SKANE_POLITICIAN, PASSWORD);
            var page = onceThePortalNoticesKeycloakIsDown(visitor, base + "/");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.uri().toString()).startsWith(base);
            assertThat(page.body()).contains("Inloggningen fungerar inte just nu")
                    .contains("Den som redan är inloggad kan fortsätta arbeta.")
                    .contains("Signing in is not possible just now").doesNotContain("Exception");
            try (var browser = new Browser(base)) {
                browser.open("/");
                browser.waitForText(By.cssSelector("#sign-in-unavailable h1"), "Inloggningen fungerar inte just nu");
                browser.screenshot("keycloak-down-sign-in-page");
            }
        } finally {
            // the saved cluster leaves Skåne again, also when the test failed: later tests pin its ten demo
            // clusters (ADR 0008)
            clusters.removeCommittedNamed(SKANE, name);
            keycloak.startAgain();
            keycloak.awaitRealm();
        }

        var politician = new VaadinHttpUser(base, SKANE_POLITICIAN, PASSWORD);
        assertThat(signInOnceTheAnswerIsNoLongerRemembered(politician)).as("signed in with the form").isTrue();
        assertThat(politician.shown(politician.open("clusters"))).contains("Mobile Heights");
        assertThat(officer.shown(officer.navigate("clusters"))).as("the first user still signed in")
                .contains("Mobile Heights");
    }

    /**
     * The portal remembers for 5 s that Keycloak answered: a visitor that comes sooner is still sent to Keycloak,
     * which does not answer. Asks again until the portal answers itself (at most 60 s).
     */
    private static java.net.http.HttpResponse<String> onceThePortalNoticesKeycloakIsDown(VaadinHttpUser visitor,
                                                                                       String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return visitor.get(url);
            } catch (VaadinFailure sentToKeycloak) {
                if (System.nanoTime() > deadline) {
                    throw sentToKeycloak;
                }
                Thread.sleep(1000);
            }
        }
    }

    /** The portal keeps Keycloak's "not answering" for 5 s: a visitor in that time still gets the 503 page. */
    private static boolean signInOnceTheAnswerIsNoLongerRemembered(VaadinHttpUser user) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return user.signIn();
            } catch (VaadinFailure stillUnavailable) {
                if (System.nanoTime() > deadline) {
                    throw stillUnavailable;
                }
                Thread.sleep(1000);
            }
        }
    }
}
