package se.klusterportalen.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

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
            return Optional.of(KeycloakClaims.toUser(oidcUser.getClaims()));
        }
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Optional.of(KeycloakClaims.toUser(jwt.getToken().getClaims()));
        }
        return Optional.empty();
    }
}
