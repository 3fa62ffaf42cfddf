package se.klusterportalen.base.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The web UI: OIDC login (authorization code + PKCE) through Keycloak's own login page; logout ends the Keycloak
 * session too and returns to the portal. Keycloak's back-channel logout
 * ({@code POST /logout/connect/back-channel/keycloak}, a signed logout token naming the Keycloak session) ends the
 * matching portal session at once: a user signed out or disabled in Keycloak is sent to sign-in at their next
 * request. Views declare what they need with {@code @RolesAllowed(Permission.X)}.
 *
 * <p>Headers (issue #14, finding 8): a Content-Security-Policy with what Vaadin Flow needs (inline bootstrap script,
 * functions built from server-sent expressions, inline styles) and nothing from other origins,
 * {@code frame-ancestors 'self'}, {@code Referrer-Policy: same-origin}, {@code X-Content-Type-Options: nosniff}.
 * Static files are served without a session. While Keycloak does not answer, the sign-in redirect is replaced by a
 * page saying so ({@link SignInAvailability}).
 */
@Configuration
class UiSecurityConfiguration {

    static final String LOGIN_PATH = "/oauth2/authorization/keycloak";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

    /** Static files of the portal: no login, no session, no saved request. */
    @Bean
    @Order(9)
    SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
        http.securityMatcher("/styles/**", "/images/**", "/webjars/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .headers(UiSecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain uiSecurity(HttpSecurity http,
                                   @Value("${klusterportal.keycloak.issuer-uri}") String issuerUri, Clock clock,
                                   ClientRegistrationRepository clients, GrantedAuthoritiesMapper permissions)
            throws Exception {
        // Keycloak down or restarting: the portal's own page says so instead of sending the browser nowhere
        http.addFilterBefore(new SignInAvailability(LOGIN_PATH, issuerUri, clock),
                OAuth2AuthorizationRequestRedirectFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage(LOGIN_PATH, "{baseUrl}")
                // unknown paths reach Vaadin's router (and its not-found page) once signed in
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.oauth2Login(login -> login.authorizationEndpoint(endpoint -> endpoint
                        .authorizationRequestResolver(inThePortalsLanguage(clients)))
                .authorizedClientRepository(new NoAuthorizedClients())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SlimOidcUsers(permissions))));
        http.oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()));
        http.headers(UiSecurityConfiguration::headers);
        return http.build();
    }

    /**
     * The portal never calls an API with the signed-in user's access token (it reads the ID token's claims, and its
     * Keycloak calls use its own clients), so the access and refresh tokens Keycloak hands over at sign-in are not
     * kept. Spring's default kept them in memory per user for as long as the portal runs (issue #19: heap per
     * signed-in user). Sign-out still sends the ID token, which the signed-in principal holds ({@link SlimOidcUsers}:
     * the ID token's value and the few claims the portal reads, ADR 0096).
     */
    static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String clientRegistrationId,
                Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
                                         HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
                                           HttpServletRequest request, HttpServletResponse response) {
        }
    }

    /**
     * The sign-in request asks Keycloak for its pages in the portal's default language (OIDC {@code ui_locales}):
     * without it Keycloak follows the browser's Accept-Language, so a visitor of the Swedish portal met an English
     * sign-in page. A language chosen on Keycloak's own page (its cookie) still wins. PKCE as before.
     */
    private static OAuth2AuthorizationRequestResolver inThePortalsLanguage(ClientRegistrationRepository clients) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(clients,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(request -> request.additionalParameters(parameters -> parameters.put("ui_locales",
                        MessagesI18NProvider.SWEDISH.getLanguage()))));
        return resolver;
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .contentTypeOptions(Customizer.withDefaults());
    }
}
