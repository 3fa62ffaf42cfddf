package se.klusterportalen.label.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import se.klusterportalen.base.ui.Figures;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.OverviewPanel;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.label.LabelRecord;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The overview's label panel: how many of the region's clusters hold a valid Gold, Silver or Bronze label today,
 * and which labels end within 90 days.
 */
@org.springframework.stereotype.Component
class LabelOverviewPanel implements OverviewPanel<LabelOverviewPanel.Labels> {

    /** The panel's title, its figures and the note naming the labels that end soon (texts in the request's language). */
    record Labels(String title, List<Figures.Figure> figures, Optional<String> expiring) {
        Labels {
            figures = List.copyOf(figures);
        }
    }

    private final LabelService labels;
    private final ClusterService clusters;
    private final CurrentUser currentUser;

    /** Labels that end within this many days are named. */
    static final int EXPIRING_DAYS = 90;

    private final Clock clock;

    LabelOverviewPanel(LabelService labels, ClusterService clusters, CurrentUser currentUser, Clock clock) {
        this.labels = labels;
        this.clusters = clusters;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean visible() {
        return currentUser.get().filter(user -> user.can(Permission.LABEL_VIEW)).isPresent();
    }

    @Override
    public Optional<Labels> read(Scope scope) {
        List<ClusterSummary> open = clusters.list().stream().filter(c -> c.status() != ClusterStatus.CLOSED).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        var current = labels.currentLabels(open.stream().map(ClusterSummary::id).toList());
        var ui = UI.getCurrent();
        var figures = new ArrayList<Figures.Figure>();
        for (LabelLevel level : List.of(LabelLevel.GOLD, LabelLevel.SILVER, LabelLevel.BRONZE)) {
            long count = current.values().stream().map(LabelRecord::level).filter(level::equals).count();
            figures.add(new Figures.Figure("overview-labels-" + level.name(), Formats.integer(count),
                    ui.getTranslation("label.level." + level.name())).linked("clusters"));
        }
        figures.add(new Figures.Figure("overview-labels-none", Formats.integer(open.size() - current.size()),
                ui.getTranslation("overview.labels.none")).linked("clusters"));
        LocalDate today = LocalDate.now(clock);
        var names = open.stream().collect(java.util.stream.Collectors.toMap(ClusterSummary::id, ClusterSummary::name));
        var expiring = current.entrySet().stream()
                .filter(e -> !e.getValue().validUntil().isAfter(today.plusDays(EXPIRING_DAYS)))
                .sorted(java.util.Map.Entry.comparingByValue(java.util.Comparator.comparing(LabelRecord::validUntil)))
                .map(e -> ui.getTranslation("overview.labels.expiring.item", names.get(e.getKey()),
                        ui.getTranslation("label.level." + e.getValue().level().name()),
                        e.getValue().validUntil().toString()))
                .toList();
        return Optional.of(new Labels(ui.getTranslation("overview.labels.title"), figures, expiring.isEmpty()
                ? Optional.empty()
                : Optional.of(ui.getTranslation("overview.labels.expiring", String.join(", ", expiring)))));
    }

    @Override
    public Component show(Labels labels) {
        // all of it markup (issue #19)
        return Figures.panel("overview-labels", labels.title(), "clusters", labels.figures(), labels.expiring()
                .map(text -> "<p id=\"overview-labels-expiring\">" + Figures.escape(text) + "</p>").orElse(""));
    }
}
