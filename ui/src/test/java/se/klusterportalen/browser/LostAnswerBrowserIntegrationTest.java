package se.klusterportalen.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.klusterportalen.testsupport.IntegrationTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.PASSWORD;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * A browser that loses an answer (the connection drops after the server handled the request) sends the same message
 * again, and the server answers it with the answer it kept (Vaadin's resend). The portal holds that kept answer
 * deflated between requests ({@code base.ui.KeptResponses}, issue #19): this is the path where it must be back,
 * exactly, when the repeated message arrives. The lost answer here is a navigation's through the side navigation.
 */
@IntegrationTest
class LostAnswerBrowserIntegrationTest {

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

    /**
     * Makes the next UIDL answer look lost to Vaadin's client (status 0 once the server has answered) and records
     * every UIDL message the client sends.
     */
    private static final String LOSE_NEXT_ANSWER = """
            window.__uidl = [];
            window.__lost = 0;
            window.__loseNext = true;
            const status = Object.getOwnPropertyDescriptor(XMLHttpRequest.prototype, 'status');
            Object.defineProperty(XMLHttpRequest.prototype, 'status', {
              configurable: true,
              get() { return this.__lose ? 0 : status.get.call(this); }
            });
            const open = XMLHttpRequest.prototype.open;
            XMLHttpRequest.prototype.open = function (method, url) {
              this.__url = String(url);
              return open.apply(this, arguments);
            };
            const send = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.send = function (body) {
              if (this.__url.includes('v-r=uidl')) {
                window.__uidl.push(String(body));
                if (window.__loseNext) {
                  window.__loseNext = false;
                  this.__lose = true;
                  this.addEventListener('readystatechange', () => { if (this.readyState === 4) window.__lost++; });
                }
              }
              return send.apply(this, arguments);
            };
            """;

    @Test
    void aLostAnswerIsSentAgainAndThePageComesUp() {
        browser.open("/notifications");
        browser.signInAtKeycloak(SKANE_OFFICER, PASSWORD);
        browser.waitFor(By.id("notifications-view"));

        browser.script(LOSE_NEXT_ANSWER);
        browser.waitFor(By.cssSelector("vaadin-side-nav-item[path$='clusters']")).click();

        // the client reconnects and repeats the message; the server's kept answer brings the portfolio up
        browser.waitForContent(By.id("cluster-count"), "kluster", Duration.ofSeconds(60));
        assertThat(((Number) browser.script("return window.__lost")).intValue()).as("answers lost").isEqualTo(1);
        @SuppressWarnings("unchecked")
        var messages = (List<String>) browser.script("return window.__uidl");
        assertThat(messages).as("the lost message and its repetition").hasSizeGreaterThanOrEqualTo(2);
        assertThat(clientId(messages.get(1))).as("the repetition is the same message")
                .isEqualTo(clientId(messages.get(0)));
        assertThat(messages.get(1)).isEqualTo(messages.get(0));

        // and the UI goes on: the next navigation is answered normally
        browser.waitFor(By.cssSelector("#notification-bell")).click();
        browser.waitFor(By.id("notifications-view"));
        assertThat(browser.findAll(By.cssSelector("vaadin-connection-indicator[reconnecting], .v-system-error")))
                .as("no reconnect state or system error left").isEmpty();
    }

    private static String clientId(String message) {
        var matcher = java.util.regex.Pattern.compile("\"clientId\":(\\d+)").matcher(message);
        return matcher.find() ? matcher.group(1) : "none";
    }
}
