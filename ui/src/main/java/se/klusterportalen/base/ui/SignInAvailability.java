package se.klusterportalen.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Before the portal sends a browser to Keycloak's sign-in page, it asks Keycloak's discovery document (2 s timeout,
 * the answer kept 5 s). When Keycloak does not answer (restarting, down), the browser gets a page of the portal's
 * own, 503 with {@code Retry-After}, saying in Swedish and English that sign-in is impossible just now and that
 * signed-in users are not affected — instead of the browser's "cannot connect" page. Signed-in users never pass
 * here: their session carries their sign-in.
 *
 * <p>"Does not answer" means the connection is refused or not made within the timeout, or Keycloak answers with an
 * error status. A Keycloak that accepted the connection but is slow to answer (busy: hundreds of sign-ins hashing
 * passwords at once) is up: the browser goes on to its form and waits there as it would for any slow page. Before
 * (issue #19, 200 and 500 concurrent sign-ins on a loaded machine), a probe slower than 2 s put every sign-in of the
 * next 5 s on the 503 page although Keycloak was serving them. Only one request at a time probes; the others use
 * the last answer meanwhile, so a burst of sign-ins does not send a burst of probes.
 */
final class SignInAvailability extends OncePerRequestFilter {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration KEEP = Duration.ofSeconds(5);

    private final String loginPath;
    private final URI discovery;
    private final Clock clock;
    private final Duration timeout;
    private final HttpClient http;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile Instant checkedAt = Instant.MIN;
    private volatile boolean reachable = true;

    SignInAvailability(String loginPath, String issuerUri, Clock clock) {
        this(loginPath, issuerUri, clock, TIMEOUT);
    }

    /** With another probe timeout (tests: a silent server without waiting 2 s). */
    SignInAvailability(String loginPath, String issuerUri, Clock clock, Duration timeout) {
        this.loginPath = loginPath;
        this.discovery = URI.create(issuerUri + "/.well-known/openid-configuration");
        this.clock = clock;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals(request.getContextPath() + loginPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (keycloakAnswers()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(page().getBytes(StandardCharsets.UTF_8));
    }

    boolean keycloakAnswers() {
        Instant now = clock.instant();
        if (now.isBefore(checkedAt.plus(KEEP)) || !probing.compareAndSet(false, true)) {
            // fresh, or another request is asking right now: its last answer
            return reachable;
        }
        try {
            reachable = probe();
            checkedAt = now;
            return reachable;
        } finally {
            probing.set(false);
        }
    }

    /** Up: the discovery document answered 200, or the connection was made and the answer is only slow. */
    private boolean probe() {
        try {
            var request = HttpRequest.newBuilder(discovery).timeout(timeout).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (HttpConnectTimeoutException e) {
            return false;
        } catch (HttpTimeoutException e) {
            // connected, no answer within the timeout: Keycloak is busy, not down
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String page() {
        var sv = MessagesI18NProvider.texts(MessagesI18NProvider.SWEDISH);
        var en = MessagesI18NProvider.texts(MessagesI18NProvider.ENGLISH);
        return """
                <!DOCTYPE html>
                <html lang="sv"><head><meta charset="utf-8"><title>%s</title>
                <meta http-equiv="refresh" content="30"></head>
                <body style="font-family: sans-serif; max-width: 40em; margin: 4em auto"><main id="sign-in-unavailable">
                <h1>%s</h1><p>%s</p>
                <section lang="en"><h2>%s</h2><p>%s</p></section>
                </main></body></html>
                """.formatted(text(sv, "sign-in.unavailable.title"), text(sv, "sign-in.unavailable.title"),
                text(sv, "sign-in.unavailable.text"), text(en, "sign-in.unavailable.title"),
                text(en, "sign-in.unavailable.text"));
    }

    private static String text(java.util.Map<String, String> texts, String key) {
        return HtmlUtils.htmlEscape(texts.getOrDefault(key, key), StandardCharsets.UTF_8.name());
    }
}
