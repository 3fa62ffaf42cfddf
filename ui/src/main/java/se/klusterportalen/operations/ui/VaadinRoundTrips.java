package se.klusterportalen.operations.ui;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Times every Vaadin client round trip (a UIDL request: {@code ?v-r=uidl}, what a click or a typed value sends) on
 * the server, as {@code vaadin_roundtrip_seconds}. Reads only the query string, never the body.
 */
@Component
class VaadinRoundTrips extends OncePerRequestFilter {

    static final String ROUND_TRIP = "vaadin.roundtrip";

    private final Timer timer;

    VaadinRoundTrips(MeterRegistry registry) {
        this.timer = Timer.builder(ROUND_TRIP).description("Server time of a Vaadin round trip (UIDL request)")
                .register(registry);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query == null || !query.contains("v-r=uidl")) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            timer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
