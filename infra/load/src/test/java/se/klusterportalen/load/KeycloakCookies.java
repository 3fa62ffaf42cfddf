package se.klusterportalen.load;

import io.gatling.javaapi.core.ChainBuilder;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;

/**
 * Keycloak marks its sign-in cookies {@code Secure}. Browsers still send them to {@code http://localhost}; a plain
 * HTTP client does not, and the form post then fails with "cookie not found". The copies added here are the same
 * cookies without the flag (STACK.md, "The Vaadin client protocol", step 1).
 */
final class KeycloakCookies {

    private KeycloakCookies() {
    }

    /** Needs {@code setCookies} (the form answer's Set-Cookie headers) and {@code formUrl} in the session. */
    static ChainBuilder unsecure() {
        return exec(session -> {
            List<Map<String, Object>> cookies = new ArrayList<>();
            List<String> headers = session.contains("setCookies") ? session.getList("setCookies") : List.of();
            String host = URI.create(session.getString("formUrl")).getHost();
            for (String header : headers) {
                String[] parts = header.split(";");
                String[] pair = parts[0].split("=", 2);
                if (pair.length != 2 || pair[1].isEmpty()) {
                    continue;
                }
                String path = "/";
                for (String part : parts) {
                    String attribute = part.strip();
                    if (attribute.regionMatches(true, 0, "Path=", 0, 5)) {
                        path = attribute.substring(5);
                    }
                }
                cookies.add(Map.of("name", pair[0].strip(), "value", pair[1].strip(), "domain", host, "path", path));
            }
            return session.set("keycloakCookies", cookies);
        }).foreach("#{keycloakCookies}", "cookie").on(
                exec(addCookie(Cookie("#{cookie.name}", "#{cookie.value}").withDomain("#{cookie.domain}")
                        .withPath("#{cookie.path}").withSecure(false))));
    }
}
