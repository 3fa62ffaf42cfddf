package se.klusterportalen.operations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Requests on the management port (health, info, prometheus): open, stateless, no session or login. The port is
 * meant for the load balancer, the orchestrator's probes and the metrics scraper on the internal network only and
 * must not be published (see README, "Operations"); the public port does not serve these endpoints at all.
 */
@Configuration
class ManagementSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain managementSecurity(HttpSecurity http, ManagementPort managementPort) throws Exception {
        http.securityMatcher(managementPort::serves)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
