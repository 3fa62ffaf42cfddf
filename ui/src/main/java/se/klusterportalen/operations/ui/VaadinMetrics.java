package se.klusterportalen.operations.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Vaadin as Prometheus sees it (names as exported):
 * <ul>
 *   <li>{@code vaadin_sessions_open} — Vaadin sessions now open on this node (one per signed-in browser);</li>
 *   <li>{@code vaadin_uis_open} — UIs now open (one per browser tab), until the tab closes or the session ends;</li>
 *   <li>{@code vaadin_navigation_seconds{route="clusters/:id"}} — time from the start of a navigation to the
 *       rendered view, per route template (ids are not labels);</li>
 *   <li>{@code vaadin_roundtrip_seconds} — server time of each client round trip (UIDL request), see
 *       {@link VaadinRoundTrips}.</li>
 * </ul>
 */
@Component
class VaadinMetrics implements VaadinServiceInitListener {

    static final String SESSIONS = "vaadin.sessions.open";
    static final String UIS = "vaadin.uis.open";
    static final String NAVIGATION = "vaadin.navigation";

    private final MeterRegistry registry;
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(SESSIONS, sessions, AtomicInteger::get).description("Open Vaadin sessions on this node")
                .register(registry);
        Gauge.builder(UIS, uis, AtomicInteger::get).description("Open Vaadin UIs (browser tabs) on this node")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.addSessionInitListener(init -> sessions.incrementAndGet());
        service.addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        service.addUIInitListener(init -> watch(init.getUI()));
    }

    private void watch(UI ui) {
        uis.incrementAndGet();
        ui.addDetachListener(detach -> uis.decrementAndGet());
        ui.addBeforeEnterListener(enter -> ComponentUtil.setData(ui, NavigationStart.class,
                new NavigationStart(System.nanoTime(), routeOf(enter.getNavigationTarget()))));
        ui.addAfterNavigationListener(after -> {
            var start = ComponentUtil.getData(ui, NavigationStart.class);
            if (start == null) {
                return;
            }
            ComponentUtil.setData(ui, NavigationStart.class, null);
            Timer.builder(NAVIGATION).description("Navigation to a route until its view is rendered")
                    .tag("route", start.route()).publishPercentileHistogram(false)
                    .register(registry).record(System.nanoTime() - start.nanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        });
    }

    private static String routeOf(Class<?> target) {
        try {
            return RouteConfiguration.forApplicationScope().getTemplate(asComponent(target))
                    .map(template -> template.isEmpty() ? "/" : template).orElse(target.getSimpleName());
        } catch (RuntimeException e) {
            return target.getSimpleName();
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends com.vaadin.flow.component.Component> asComponent(Class<?> target) {
        return (Class<? extends com.vaadin.flow.component.Component>) target;
    }

    private record NavigationStart(long nanos, String route) {
    }
}
