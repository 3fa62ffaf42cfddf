package se.klusterportalen.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/** Who is signed in, from the web session (OIDC login) or the API request (bearer token). */
@Component
public class CurrentUser {

    public Optional<PortalUser> get() {
        return fromSecurityContext();
    }

    public PortalUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** For code that Hibernate or Envers instantiate themselves. */
    public static Optional<PortalUser> fromSecurityContext() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    static Optional<PortalUser> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof OidcUser oidcUser) {
            return Optional.of(toUser(oidcUser.getClaims()));
        }
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Optional.of(toUser(jwt.getToken().getClaims()));
        }
        return Optional.empty();
    }

    /**
     * The user of these claims, read once per request thread and claims object: one request asks many times (the
     * log context, the tenant resolver and row-level security for each transaction, the shell, each service's
     * checks) with the same signed-in principal, whose claims map is immutable and the same object for the whole
     * session (issue #19, CPU per request). Another principal's claims are another object: read anew.
     */
    private static PortalUser toUser(Map<String, Object> claims) {
        Read last = LAST.get();
        if (last != null && last.claims() == claims) {
            return last.user();
        }
        PortalUser user = KeycloakClaims.toUser(claims);
        LAST.set(new Read(claims, user));
        return user;
    }

    private record Read(Map<String, Object> claims, PortalUser user) {
    }

    private static final ThreadLocal<@Nullable Read> LAST = new ThreadLocal<>();
}
