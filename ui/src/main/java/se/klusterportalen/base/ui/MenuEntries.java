package se.klusterportalen.base.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The side navigation's entries for the signed-in user, kept per set of authorities (issue #19, CPU per page load).
 * Vaadin answers {@link MenuConfiguration#getMenuEntries()} by checking the access annotations of every {@code @Menu}
 * route, for each new UI: about a tenth of the CPU of opening a nearly empty page (docs/benchmarks/performance.md,
 * "Shell and session floor"). The answer depends only on the user's authorities (the views declare
 * {@code @RolesAllowed}/{@code @PermitAll}; the portal registers no routes per session), so one list per set of
 * authorities is shared by all sessions with that set: a handful of role combinations. A change of the application's
 * routes (development mode's reload) empties it.
 */
@Component
class MenuEntries {

    private final Map<Set<String>, List<MenuEntry>> byAuthorities = new ConcurrentHashMap<>();
    private final AtomicBoolean watching = new AtomicBoolean();

    /** The entries the current user may open, in menu order (as {@link MenuConfiguration#getMenuEntries()}). */
    List<MenuEntry> forCurrentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || VaadinService.getCurrent() == null) {
            return MenuConfiguration.getMenuEntries();
        }
        if (watching.compareAndSet(false, true)) {
            RouteConfiguration.forApplicationScope().addRoutesChangeListener(change -> byAuthorities.clear());
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        return byAuthorities.computeIfAbsent(authorities, key -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
