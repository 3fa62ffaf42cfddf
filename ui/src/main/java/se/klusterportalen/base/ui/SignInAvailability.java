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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Before the portal sends a browser to Keycloak's sign-in page, it asks Keycloak's discovery document (2 s timeout,
 * the answer kept 5 s). When Keycloak does not answer (restarting, down), the browser gets a page of the portal's
 * own, 503 with {@code Retry-After}, saying in Swedish and English that sign-in is impossible just now and that
 * signed-in users are not affected — instead of the browser's "cannot connect" page. Signed-in users never pass
 * here: their session carries their sign-in.
 */
final class SignInAvailability extends OncePerRequestFilter {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration KEEP = Duration.ofSeconds(5);

    private final String loginPath;
    private final URI discovery;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Instant checkedAt = Instant.MIN;
    private volatile boolean reachable = true;

    SignInAvailability(String loginPath, String issuerUri, Clock clock) {
        this.loginPath = loginPath;
        this.discovery = URI.create(issuerUri + "/.well-known/openid-configuration");
        this.clock = clock;
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
        if (now.isBefore(checkedAt.plus(KEEP))) {
            return reachable;
        }
        boolean answers;
        try {
            var request = HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build();
            answers = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            answers = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answers = false;
        }
        reachable = answers;
        checkedAt = now;
        return answers;
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
