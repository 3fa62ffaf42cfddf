package se.klusterportalen.testsupport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import java.util.Map;

/**
 * Signs a demo user in at the real Keycloak (password grant of the development realm's CLI client) and puts the
 * resulting authentication, decoded and mapped exactly as the API does it, into the security context.
 */
@Component
public class RealLogin {

    private final RestClient keycloak;
    private final JwtDecoder decoder;
    private final JwtAuthenticationConverter converter;

    RealLogin(@Value("${klusterportal.keycloak.issuer-uri}") String issuer, JwtDecoder decoder,
              JwtAuthenticationConverter converter) {
        this.keycloak = RestClient.create(issuer + "/protocol/openid-connect/token");
        this.decoder = decoder;
        this.converter = converter;
    }

    public String accessToken(String username) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "password");
        form.add("client_id", "klusterportal-cli");
        form.add("username", username);
        form.add("password", DemoUsers.PASSWORD);
        Map<?, ?> response = keycloak.post().contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().body(Map.class);
        return (String) response.get("access_token");
    }

    public void as(String username) {
        var authentication = converter.convert(decoder.decode(accessToken(username)));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }
}
