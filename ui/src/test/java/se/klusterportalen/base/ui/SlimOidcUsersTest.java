package se.klusterportalen.base.ui;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the web session keeps of a signed-in user (ADR 0096): the ID token's value and the claims the portal reads. */
class SlimOidcUsersTest {

    @Test
    void keepsTheTokenValueAndTheClaimsThePortalAndLogoutReadAndDropsTheRest() throws Exception {
        Instant issued = Instant.parse("2026-11-30T13:00:00Z");
        var token = new OidcIdToken("eyJ.the-id-token.sig", issued, issued.plusSeconds(300), Map.ofEntries(
                Map.entry("iss", URI.create("http://localhost:8442/realms/klusterportal").toURL()),
                Map.entry("sub", "f3b1"), Map.entry("aud", List.of("klusterportal-web")), Map.entry("sid", "kc-session-7"),
                Map.entry("iat", issued), Map.entry("exp", issued.plusSeconds(300)),
                Map.entry("preferred_username", "sara"), Map.entry("name", "Sara Handläggare"),
                Map.entry("region", "skane"), Map.entry("roles", List.of("programme-officer")),
                Map.entry("email", "sara@example.se"), Map.entry("given_name", "Sara"), Map.entry("nonce", "n-1"),
                Map.entry("at_hash", "h"), Map.entry("jti", "j"), Map.entry("azp", "klusterportal-web")));
        // as the portal's mapper: the ID token's roles become permission authorities
        var permission = new SimpleGrantedAuthority("ROLE_CLUSTER_READ");
        var seen = new LinkedHashSet<Map<String, Object>>();

        var user = SlimOidcUsers.slim(token, "preferred_username", authorities -> {
            Set<GrantedAuthority> mapped = new LinkedHashSet<>();
            authorities.forEach(a -> {
                if (a instanceof OidcUserAuthority oidc) {
                    seen.add(oidc.getIdToken().getClaims());
                    mapped.add(permission);
                }
            });
            return mapped;
        });

        assertThat(user.getIdToken().getTokenValue()).as("the id_token_hint of RP-initiated logout")
                .isEqualTo("eyJ.the-id-token.sig");
        assertThat(user.getClaims()).containsOnlyKeys("iss", "sub", "aud", "sid", "iat", "exp", "preferred_username",
                "name", "region", "roles");
        assertThat(user.getIdToken().getClaims()).isEqualTo(user.getClaims());
        assertThat(user.getIssuer()).hasToString("http://localhost:8442/realms/klusterportal");
        assertThat(user.getIdToken().getClaimAsString("sid")).as("back-channel logout finds the session by it")
                .isEqualTo("kc-session-7");
        assertThat(user.getName()).isEqualTo("sara");
        assertThat(user.getUserInfo()).isNull();
        assertThat(user.getAuthorities().stream().map(a -> (Object) a).toList()).containsExactly(permission);
        assertThat(seen).singleElement().satisfies(claims -> assertThat(claims).containsEntry("region", "skane"));
    }
}
