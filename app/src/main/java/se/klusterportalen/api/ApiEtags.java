package se.klusterportalen.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags for every successful GET under {@code /api/v1}: a strong ETag that is a hash of the answer's bytes, and
 * {@code 304 Not Modified} with no body when the request's {@code If-None-Match} names it. A hash rather than the
 * {@code @Version}: a resource such as a cluster's profile is built from several records (profile, members,
 * contacts), each with its own version. The filter runs after the security chain, so an unauthenticated request
 * still gets 401 and only the caller's region's data is hashed (docs/adr/0080-rest-api-paging-etags-errors.md).
 */
@Configuration
class ApiEtags {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/*");
        registration.setName("apiEtagFilter");
        return registration;
    }
}
