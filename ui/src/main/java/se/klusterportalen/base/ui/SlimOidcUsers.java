package se.klusterportalen.base.ui;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signed-in user as the web session keeps it: the ID token's value and only the claims the portal reads (ADR 0096,
 * issue #19 heap per session). Spring's default principal kept the ID token's claims, the user-info endpoint's
 * claims (an extra call to Keycloak at every sign-in) and two merged copies of both, and an {@code OIDC_USER}
 * authority holding all of them again; the portal reads only its roles, region and names ({@code security.KeycloakClaims}).
 *
 * <p>Kept: the ID token's value (the {@code id_token_hint} of RP-initiated logout), {@code iss}, {@code sub},
 * {@code aud}, {@code sid} (back-channel logout finds the session by them), {@code iat}/{@code exp}, and
 * {@code preferred_username}, {@code name}, {@code region}, {@code roles}/{@code realm_access}. The principal's
 * authorities are the portal's permission authorities (one shared object per permission), mapped once here.
 * The user-info endpoint is not called: the realm maps roles and region into the ID token (its client's mappers),
 * and the names are in it with the {@code profile} scope.
 */
final class SlimOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The claims the portal and Spring Security's logout read; every other claim is dropped. */
    static final List<String> KEPT_CLAIMS = List.of(IdTokenClaimNames.ISS, IdTokenClaimNames.SUB,
            IdTokenClaimNames.AUD, "sid", IdTokenClaimNames.IAT, IdTokenClaimNames.EXP, "preferred_username", "name",
            "region", "roles", "realm_access");

    private final OidcUserService full = new OidcUserService();
    private final GrantedAuthoritiesMapper permissions;

    SlimOidcUsers(GrantedAuthoritiesMapper permissions) {
        this.permissions = permissions;
        full.setRetrieveUserInfo(request -> false);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = full.loadUser(request);
        String nameKey = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint()
                .getUserNameAttributeName();
        return slim(user.getIdToken(), nameKey == null || nameKey.isBlank() ? IdTokenClaimNames.SUB : nameKey,
                permissions);
    }

    /** The principal of this ID token with only {@link #KEPT_CLAIMS} and the permission authorities of its claims. */
    static OidcUser slim(OidcIdToken token, String nameKey, GrantedAuthoritiesMapper permissions) {
        Map<String, Object> claims = new LinkedHashMap<>();
        for (String name : KEPT_CLAIMS) {
            Object value = token.getClaims().get(name);
            if (value != null) {
                claims.put(name, value);
            }
        }
        var kept = new OidcIdToken(token.getTokenValue(), token.getIssuedAt(), token.getExpiresAt(), claims);
        Set<GrantedAuthority> authorities = Set.copyOf(permissions.mapAuthorities(Set.of(new OidcUserAuthority(kept))));
        return new DefaultOidcUser(authorities, kept, nameKey);
    }
}
