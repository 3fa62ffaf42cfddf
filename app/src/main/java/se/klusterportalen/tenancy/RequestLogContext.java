package se.klusterportalen.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.PortalUser;

import java.io.IOException;

/**
 * Puts the request's region and username into the logging context (MDC keys {@value #REGION} and {@value #USER}),
 * so that every log line written while the request runs names them; the JSON logs of production carry them as
 * fields. Nothing else about the person (no name, no e-mail). Runs after Spring Security's filters (a servlet
 * filter of the lowest order), so the web session's or the bearer token's user is known; removed when the request
 * ends.
 */
@Component
class RequestLogContext extends OncePerRequestFilter {

    static final String REGION = "region";
    static final String USER = "user.name";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = CurrentUser.fromSecurityContext();
        user.map(PortalUser::username).ifPresent(name -> MDC.put(USER, name));
        RegionContext.current().ifPresent(region -> MDC.put(REGION, region));
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER);
            MDC.remove(REGION);
        }
    }
}
