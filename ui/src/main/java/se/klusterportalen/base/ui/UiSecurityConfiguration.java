package se.klusterportalen.base.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The web UI: OIDC login (authorization code + PKCE) through Keycloak's own login page; logout ends the Keycloak
 * session too and returns to the portal. Views declare what they need with {@code @RolesAllowed(Permission.X)}.
 */
@Configuration
class UiSecurityConfiguration {

    static final String LOGIN_PATH = "/oauth2/authorization/keycloak";

    @Bean
    @Order(10)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage(LOGIN_PATH, "{baseUrl}")
                // unknown paths reach Vaadin's router (and its not-found page) once signed in
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
