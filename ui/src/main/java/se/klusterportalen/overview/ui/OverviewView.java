package se.klusterportalen.overview.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.text.Collation;
import se.klusterportalen.base.ui.Figures;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.OverviewPanel;
import se.klusterportalen.base.ui.SharedMarkup;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.region.RegionSummary;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;
import se.klusterportalen.tenancy.RegionContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.audit.AuditHistoryService;
import se.klusterportalen.audit.RegionDataCache;
import se.klusterportalen.security.PortalUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The region at a glance, for politicians as much as officers: the portfolio by status, then what the features
 * contribute (goals, money, phases, labels), each figure linking to the page behind it. A programme selector shows
 * any of the region's programmes; the choice is in the address ({@code ?programme=<id>}) so it can be linked and
 * printed. Printable: the print button leaves navigation and buttons off the paper, the region and date head it.
 */
@Route("")
@Menu(order = 0, title = "nav.overview", icon = "DASHBOARD")
@RolesAllowed(Permission.OVERVIEW_VIEW)
class OverviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PROGRAMME = "programme";

    /** Session attribute: the start page was entered once (later visits show the overview to everyone). */
    static final String STARTED = OverviewView.class.getName() + ".started";

    private final ClusterService clusters;
    private final List<OverviewPanel<?>> panels;
    private final RegionService regions;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final AuditHistoryService audit;
    private final OverviewCache cache;

    final Select<ProgrammeSummary> programme = new Select<>();

    OverviewView(ClusterService clusters, List<OverviewPanel<?>> panels, RegionService regions,
                 ProgrammeService programmes, CurrentUser currentUser, Clock clock,
                 PlatformTransactionManager transactions, AuditHistoryService audit, OverviewCache cache) {
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        // the data version and the data it keys from one snapshot
        readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.audit = audit;
        this.cache = cache;
        this.clusters = clusters;
        this.panels = panels;
        this.regions = regions;
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.clock = clock;
        setId("overview");
        addClassName("portal-overview");
        programme.setId("overview-programme-select");
        programme.setLabel(getTranslation("overview.programme"));
        programme.setItemLabelGenerator(ProgrammeSummary::label);
        programme.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI.getCurrent().navigate(OverviewView.class, QueryParameters.of(PROGRAMME,
                        change.getValue().id().value().toString()));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (forwardedToOwnCluster(event)) {
            return;
        }
        removeAll();
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter(PROGRAMME)
                .map(String::strip);
        // everything the overview reads in one read-only transaction and one connection (issue #19: it was 13
        // transactions, one per service call, each taking a connection from the pool); while the region's data is
        // unchanged only its data version (ADR 0092)
        Optional<String> cacheable = RegionDataCache.cacheableRegion();
        record Read(String regionName, OverviewCache.Overview overview) {
        }
        Read read = readOnly.execute(transaction -> {
            String regionName = RegionContext.current().flatMap(regions::find).map(RegionSummary::name).orElse("");
            Optional<PortalUser> user = currentUser.get();
            if (cacheable.isEmpty() || user.isEmpty()) {
                return new Read(regionName, read(asked));
            }
            var key = new OverviewCache.Key(cacheable.get(), audit.dataVersion(OverviewCache.KINDS), LocalDate.now(clock), getLocale(),
                    user.get().roles(), asked.map(id -> id.toLowerCase(java.util.Locale.ROOT)));
            return new Read(regionName, cache.get(key, () -> read(asked)));
        });
        render(java.util.Objects.requireNonNull(read).regionName(), read.overview());
    }

    /** What the overview shows, read from the services (the panels' {@link OverviewPanel#read}). */
    private OverviewCache.Overview read(Optional<String> asked) {
        List<ProgrammeSummary> all = can(Permission.PROGRAMME_VIEW) ? programmes.list() : List.of();
        Optional<ProgrammeSummary> chosen = asked.flatMap(id -> all.stream()
                        .filter(p -> p.id().value().toString().equalsIgnoreCase(id)).findFirst())
                .or(() -> all.stream().findFirst());
        boolean unknownAsked = asked.isPresent()
                && chosen.map(p -> !p.id().value().toString().equalsIgnoreCase(asked.get())).orElse(true);
        Map<ClusterStatus, Long> counts = clusters.countByStatus();
        boolean empty = counts.values().stream().mapToLong(Long::longValue).sum() == 0;
        var scope = new OverviewPanel.Scope(chosen.map(p -> p.id().value()), all);
        var parts = new ArrayList<OverviewCache.Part>();
        panels.stream().filter(OverviewPanel::visible).sorted(Comparator.comparingInt(OverviewPanel::order))
                .forEach(panel -> panel.read(scope).ifPresent(content -> parts.add(new OverviewCache.Part(panel,
                        content))));
        return new OverviewCache.Overview(counts, all, chosen, unknownAsked, empty && clusters.mayManagePortfolio(),
                parts);
    }

    private void render(String regionName, OverviewCache.Overview overview) {
        var counts = overview.counts();
        long total = overview.total();
        var chosen = overview.chosen();
        var all = overview.programmes();

        // read-only, so markup (issue #19): the print header (on paper the navigation bar with the region is left
        // off: the region, the date and the programme head it), the heading and the print button (the browser prints
        // by itself, no round trip) as one element instead of eight state nodes
        var head = new Div();
        head.setId("overview-head");
        head.getElement().setProperty("innerHTML", SharedMarkup.latin1("<p id=\"overview-print-header\" "
                + "class=\"portal-print-only\">" + Figures.escape(regionName + " · " + LocalDate.now(clock)
                + chosen.map(p -> " · " + p.name()).orElse("")) + "</p><div class=\"overview-head\"><h1>"
                + Figures.escape(getTranslation("overview.title")) + "</h1><vaadin-button id=\"overview-print\" "
                + "class=\"portal-no-print\" onclick=\"window.print()\"><vaadin-icon icon=\"vaadin:print\" "
                + "slot=\"prefix\"></vaadin-icon>" + Figures.escape(getTranslation("overview.print"))
                + "</vaadin-button></div>"));
        add(head);
        if (all.size() > 1) {
            programme.setItems(all);
            chosen.ifPresent(programme::setValue);
            programme.addClassName("portal-no-print");
            programme.setWidth("min(100%, 28em)");
            add(programme);
        }
        if (overview.unknownAsked()) {
            var unknown = new Paragraph(getTranslation("overview.programme.unknown"));
            unknown.setId("overview-programme-unknown");
            unknown.addClassName("portal-warning");
            add(unknown);
        }
        add(Figures.row(List.of(
                linked(new Figures.Figure("overview-total", Formats.integer(total), getTranslation("overview.total")),
                        "clusters"),
                statusFigure("overview-active", counts, ClusterStatus.ACTIVE),
                statusFigure("overview-being-set-up", counts, ClusterStatus.BEING_SET_UP),
                statusFigure("overview-closed", counts, ClusterStatus.CLOSED))));
        if (total == 0) {
            add(gettingStarted(overview.mayManage()));
        }
        overview.parts().forEach(part -> add(show(part.panel(), part.content())));
    }

    /** The panel's components for the content its own {@code read} gave. */
    @SuppressWarnings("unchecked")
    private static <C> com.vaadin.flow.component.Component show(OverviewPanel<C> panel, Object content) {
        return panel.show((C) content);
    }

    private Figures.Figure statusFigure(String id, Map<ClusterStatus, Long> counts, ClusterStatus status) {
        return linked(new Figures.Figure(id, Formats.integer(counts.getOrDefault(status, 0L)),
                getTranslation("cluster.status." + status.name())), "clusters?status=" + status.name());
    }

    /** The figure linking to the portfolio for those who may open it. */
    private Figures.Figure linked(Figures.Figure figure, String href) {
        return can(Permission.CLUSTER_VIEW) ? figure.linked(href) : figure;
    }

    private boolean can(String permission) {
        return currentUser.get().filter(user -> user.can(permission)).isPresent();
    }

    /**
     * A cluster manager's start page is their own cluster: the first time a session enters the start page, a user
     * who manages clusters goes to the first of them by name (the overview stays one click away in the menu).
     */
    private boolean forwardedToOwnCluster(BeforeEnterEvent event) {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getAttribute(STARTED) != null) {
            return false;
        }
        session.setAttribute(STARTED, Boolean.TRUE);
        var own = clusters.managedByCurrentUser().stream().map(clusters::find).flatMap(java.util.Optional::stream)
                .min(Collation.comparing(ClusterSummary::name, getLocale()));
        own.ifPresent(cluster -> event.forwardTo("clusters/" + cluster.id()));
        return own.isPresent();
    }

    /** A region with no clusters yet: what to do first, in order, each with its link. */
    Div gettingStarted(boolean mayManage) {
        var steps = new OrderedList();
        steps.add(new ListItem(new Anchor("clusters/new", getTranslation("overview.start.clusters")),
                new Span(" " + getTranslation("overview.start.clusters.or") + " "),
                new Anchor("clusters/import", getTranslation("overview.start.import"))));
        steps.add(new ListItem(new Anchor("programmes", getTranslation("overview.start.programme"))));
        steps.add(new ListItem(new Anchor("funding", getTranslation("overview.start.funding"))));
        var box = new Div(new H2(getTranslation("overview.start.title")),
                new Paragraph(getTranslation(mayManage ? "overview.start.intro" : "overview.start.intro.read-only")));
        if (mayManage) {
            box.add(steps);
        }
        box.setId("overview-getting-started");
        box.addClassName("portal-getting-started");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " – " + getTranslation("app.name");
    }
}
