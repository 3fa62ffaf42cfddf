package se.klusterportalen.testsupport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import se.klusterportalen.tenancy.RegionContext;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Signs a demo user in at the real Keycloak (password grant of the development realm's CLI client) and puts the
 * resulting authentication, decoded and mapped exactly as the API does it, into the security context. A user's
 * token is reused while it is valid (the decoder checks it every time).
 *
 * <p>The region a transaction works in is fixed when it opens (docs/adr/0008-test-data.md): inside a test's
 * transaction {@link #as} refuses a user of another region; use {@link SignedInAs} for the first user and
 * {@link #inOwnTransaction} for work as another region's user.
 */
@Component
public class RealLogin {

    private final RestClient keycloak;
    private final JwtDecoder decoder;
    private final JwtAuthenticationConverter converter;
    private final TransactionTemplate ownTransaction;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    RealLogin(@Value("${klusterportal.keycloak.issuer-uri}") String issuer, JwtDecoder decoder,
              JwtAuthenticationConverter converter, PlatformTransactionManager transactionManager) {
        this.keycloak = RestClient.create(issuer + "/protocol/openid-connect/token");
        this.decoder = decoder;
        this.converter = converter;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A valid access token of the user (a fresh one from Keycloak when the last one expired). */
    public String accessToken(String username) {
        String token = tokens.get(username);
        if (token != null) {
            try {
                decoder.decode(token);
                return token;
            } catch (JwtException expired) {
                tokens.remove(username);
            }
        }
        token = freshToken(username);
        tokens.put(username, token);
        return token;
    }

    private String freshToken(String username) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "password");
        form.add("client_id", "klusterportal-cli");
        form.add("username", username);
        form.add("password", passwords.getOrDefault(username, DemoUsers.PASSWORD));
        Map<?, ?> response = keycloak.post().contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().body(Map.class);
        return (String) Objects.requireNonNull(response).get("access_token");
    }

    /** Signs this (non-demo) user in with their own password from now on, e.g. a user a test invited. */
    public void usePassword(String username, String password) {
        passwords.put(username, password);
        tokens.remove(username);
    }

    private Authentication authentication(String username) {
        Jwt jwt = decoder.decode(accessToken(username));
        return Objects.requireNonNull(converter.convert(jwt));
    }

    /**
     * Signs the user in. Inside a transaction only a user of the transaction's region (another role, say):
     * PostgreSQL's {@code app.region} and Hibernate's tenant were fixed when the transaction opened.
     *
     * @throws IllegalStateException for a user of another region inside a transaction
     */
    public void as(String username) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        var regionBefore = RegionContext.current();
        set(authentication(username));
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !RegionContext.current().equals(regionBefore)) {
            set(before);
            throw new IllegalStateException("Signing in as " + username + " inside a transaction of region "
                    + regionBefore.orElse("(none)") + ": sign in before it with @SignedInAs, or use inOwnTransaction");
        }
    }

    /**
     * Runs the work signed in as the user in a transaction of its own (a new connection, committed at its end), then
     * signs the previous user in again. For another region's view of the data (it does not see the test's
     * uncommitted rows), and for data that must be committed (audit history, HTTP requests): name such records
     * uniquely, they stay.
     */
    public <T> T inOwnTransaction(String username, Supplier<T> work) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        set(authentication(username));
        try {
            return ownTransaction.execute(status -> work.get());
        } finally {
            set(before);
        }
    }

    /** {@link #inOwnTransaction(String, Supplier)} without a result. */
    public void inOwnTransaction(String username, Runnable work) {
        inOwnTransaction(username, () -> {
            work.run();
            return null;
        });
    }

    private static void set(Authentication authentication) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }
}
