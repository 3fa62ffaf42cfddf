package se.klusterportalen.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.rejection.RejectionMessages;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The REST API under /api/** (and its OpenAPI description at /v3/api-docs, which needs no token): stateless, bearer access tokens of the same Keycloak realm for the API's audience,
 * bodies of at most 1 MiB, every error {@code application/problem+json} and never a redirect to a login page. The web UI's chain lives with the UI. Both map Keycloak's claims to the same
 * permission authorities, and services check those with {@link RequiresPermission}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** The audience every API token must carry (the realm's clients that call the API map it in). */
    static final String API_AUDIENCE = "klusterportal-api";

    /** Text keys of the refusals written before any controller runs. */
    static final String UNAUTHENTICATED = "rejection.unauthenticated";
    static final String REFUSED = "rejection.request.refused";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtAuthenticationConverter jwtAuthenticationConverter)
            throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
                        "/swagger-ui/**")
                .addFilterBefore(new ApiRequestGuard(), DisableEncodeUrlFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // the API's description (and Swagger UI, enabled in the dev profile only) needs no token
                        .requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter))
                        .authenticationEntryPoint((request, response, e) ->
                                writeProblem(request, response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED))
                        .accessDeniedHandler((request, response, e) ->
                                writeProblem(request, response, HttpStatus.FORBIDDEN, Rejection.Forbidden.GENERIC)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) ->
                                writeProblem(request, response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED))
                        .accessDeniedHandler((request, response, e) ->
                                writeProblem(request, response, HttpStatus.FORBIDDEN, Rejection.Forbidden.GENERIC)));
        return http.build();
    }

    /**
     * Bearer tokens are Keycloak access tokens of this realm ({@code typ} "Bearer"; an ID or refresh token is
     * refused) issued for the API (audience {@value #API_AUDIENCE}), signed with the realm's keys and not expired.
     */
    @Bean
    JwtDecoder jwtDecoder(@Value("${klusterportal.keycloak.issuer-uri}") String issuer) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(issuer),
                    new JwtClaimValidator<Object>("typ", "Bearer"::equals),
                    new JwtClaimValidator<Object>(JwtClaimNames.AUD,
                            aud -> aud instanceof java.util.Collection<?> list ? list.contains(API_AUDIENCE)
                                    : API_AUDIENCE.equals(aud))));
            return decoder;
        });
    }

    /**
     * A request the firewall refuses (encoded slashes, a semicolon, …) is answered before any chain: problem details
     * under /api, a plain 400 elsewhere.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        var plain = new HttpStatusRequestRejectedHandler();
        return (request, response, e) -> {
            if (request.getRequestURI() != null && request.getRequestURI().startsWith("/api/")) {
                writeProblem(request, response, HttpStatus.BAD_REQUEST, REFUSED);
            } else {
                plain.handle(request, response, e);
            }
        };
    }

    /**
     * Spring Security records no observations of its own (issue #19, CPU per request): with an observation registry
     * present (the actuator's) it wraps each of the chain's filters, every authentication and every method
     * authorisation ({@code @PreAuthorize} on each service call) in a Micrometer observation with its tags, about 3 %
     * of the portal's CPU in a steady run (JFR, docs/benchmarks/performance.md "Shell and session floor"). Nothing
     * reads those metrics; requests stay timed by the servlet's {@code http_server_requests} and Vaadin's
     * {@code vaadin_roundtrip_seconds}.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Lets {@link RequiresPermission} fill its permission into the {@code @PreAuthorize} expression. */
    @Bean
    static AnnotationTemplateExpressionDefaults permissionTemplates() {
        return new AnnotationTemplateExpressionDefaults();
    }

    /** Bearer tokens of the API: the same claims, the same permission authorities as the web login. */
    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> Set.copyOf(KeycloakClaims.authorities(jwt.getClaims())));
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }

    /**
     * Used by the web UI's OIDC login: the ID token's claims become permission authorities. Permission authorities
     * already mapped (the web session's slim principal holds them, ADR 0096) are kept as they are; the scopes and
     * anything else are dropped.
     */
    @Bean
    GrantedAuthoritiesMapper keycloakAuthoritiesMapper() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new LinkedHashSet<>();
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    mapped.addAll(KeycloakClaims.authorities(oidc.getIdToken().getClaims()));
                } else if (KeycloakClaims.isPermission(authority)) {
                    mapped.add(authority);
                }
            }
            return mapped;
        };
    }

    static void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                             String messageKey, Object... arguments) throws IOException {
        String detail = RejectionMessages.text(messageKey, List.of(arguments),
                RejectionMessages.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(status.getReasonPhrase())
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + json(detail)
                + "\",\"messageKey\":\"" + json(messageKey) + "\"}");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
