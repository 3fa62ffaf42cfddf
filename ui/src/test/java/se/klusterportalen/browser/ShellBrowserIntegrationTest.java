package se.klusterportalen.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;

/**
 * The shell's header in a real browser for each role (issue #19: the drawer toggle, language choice and log-out are
 * markup with delegated listeners, not components): the language is changed to English and the page comes back in
 * English, log-out leads to Keycloak's form. Screenshots of the shell at 1400 and 820 px in Swedish and English in
 * {@code ui/target/screenshots/shell-<user>-<language>-<width>.png}.
 */
@IntegrationTest
class ShellBrowserIntegrationTest {

    @LocalServerPort int port;

    @ParameterizedTest
    @ValueSource(strings = {"skane.handlaggare", "skane.klusterledare", "skane.politiker", "plattform.admin"})
    void theHeaderSwitchesToEnglishAndLogsOut(String user) {
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/notifications");
            browser.signInAtKeycloak(user, PASSWORD);
            browser.waitFor(By.id("notifications-view"));
            assertThat(browser.waitFor(By.id("logout")).getDomAttribute("aria-label")).isEqualTo("Logga ut");
            assertThat(browser.script("return document.getElementById('language').value")).isEqualTo("sv");
            shots(browser, user, "sv");

            browser.waitFor(By.id("language")).click();
            browser.waitFor(By.xpath("//vaadin-select-item[contains(., 'English')]")).click();
            browser.waitForText(By.cssSelector("#notifications-view h2"), "Notifications"); // reloaded in English
            assertThat(browser.waitFor(By.id("logout")).getDomAttribute("aria-label")).isEqualTo("Log out");
            assertThat(browser.script("return document.getElementById('language').value")).isEqualTo("en");
            shots(browser, user, "en");

            browser.waitFor(By.id("logout")).click();
            browser.waitFor(By.id("kc-login"));
        }
    }

    private static void shots(Browser browser, String user, String language) {
        String name = "shell-" + user.replace('.', '-') + "-" + language;
        browser.resize(1400, 800);
        browser.screenshot(name + "-1400");
        browser.resize(820, 800);
        browser.screenshot(name + "-820");
        browser.resize(1400, 1100);
    }
}
