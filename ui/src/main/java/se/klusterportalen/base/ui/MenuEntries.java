package se.klusterportalen.base.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The side navigation's entries for the signed-in user, kept per set of authorities (issue #19, CPU per page load).
 * Vaadin answers {@link MenuConfiguration#getMenuEntries()} by checking the access annotations of every {@code @Menu}
 * route, for each new UI: about a tenth of the CPU of opening a nearly empty page (docs/benchmarks/performance.md,
 * "Shell and session floor"). The answer depends only on the user's authorities (the views declare
 * {@code @RolesAllowed}/{@code @PermitAll}; the portal registers no routes per session), so one list per set of
 * authorities is shared by all sessions with that set: a handful of role combinations. A change of the application's
 * routes (development mode's reload) empties it.
 *
 * <p>The navigation itself is markup (ADR 0096): its items, icons and labels are read-only, so the shell sends them
 * as the inner HTML of one {@code vaadin-side-nav} element instead of a component and state-tree node per item and
 * per icon (about 20 of a nearly empty page's 67 nodes, issue #19 heap per session). The markup is kept per set of
 * authorities and language, one string shared by all sessions.
 */
@Component
class MenuEntries {

    private final Map<Set<String>, List<MenuEntry>> byAuthorities = new ConcurrentHashMap<>();
    private final AtomicBoolean watching = new AtomicBoolean();

    private final Map<Markup, String> markup = new ConcurrentHashMap<>();

    /** The entries the current user may open, in menu order (as {@link MenuConfiguration#getMenuEntries()}). */
    List<MenuEntry> forCurrentUser() {
        Set<String> authorities = currentAuthorities();
        if (authorities == null) {
            return MenuConfiguration.getMenuEntries();
        }
        return byAuthorities.computeIfAbsent(authorities, key -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }

    /**
     * The current user's entries as {@code vaadin-side-nav-item} markup in this language (what {@code SideNavItem}s
     * with a {@code VaadinIcon} prefix render): {@code <vaadin-side-nav-item path="clusters"><vaadin-icon
     * icon="vaadin:cluster" slot="prefix"></vaadin-icon>Kluster</vaadin-side-nav-item>…}, labels escaped.
     *
     * @param translate the text of a title key in {@code language}
     */
    String itemsMarkup(Locale language, Function<String, String> translate) {
        Set<String> authorities = currentAuthorities();
        if (authorities == null) {
            return itemsMarkup(MenuConfiguration.getMenuEntries(), translate);
        }
        return markup.computeIfAbsent(new Markup(authorities, language),
                key -> itemsMarkup(forCurrentUser(), translate));
    }

    static String itemsMarkup(List<MenuEntry> entries, Function<String, String> translate) {
        var html = new StringBuilder();
        for (MenuEntry entry : entries) {
            html.append("<vaadin-side-nav-item path=\"").append(Figures.escape(entry.path())).append("\">");
            if (entry.icon() != null) {
                html.append("<vaadin-icon icon=\"vaadin:")
                        .append(Figures.escape(entry.icon().toLowerCase(Locale.ROOT).replace('_', '-')))
                        .append("\" slot=\"prefix\"></vaadin-icon>");
            }
            html.append(Figures.escape(translate.apply(entry.title()))).append("</vaadin-side-nav-item>");
        }
        return html.toString();
    }

    private @Nullable Set<String> currentAuthorities() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || VaadinService.getCurrent() == null) {
            return null;
        }
        if (watching.compareAndSet(false, true)) {
            RouteConfiguration.forApplicationScope().addRoutesChangeListener(change -> {
                byAuthorities.clear();
                markup.clear();
            });
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
    }

    private record Markup(Set<String> authorities, Locale language) {
    }
}
