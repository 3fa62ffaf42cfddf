package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.klusterportalen.cluster.ClusterChange;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Entities;

import java.util.Set;

/**
 * The cluster's changes, newest first: when (Swedish local time), who, and old -> new per field. Shows the newest
 * {@link #PAGE} and a "show older" button that shows {@link #PAGE} more each time (issue #19: a long history is read
 * and rendered a page at a time, not whole on every view).
 */
class HistorySection extends Div {

    /** How many entries the section shows first, and how many more each "show older" adds. */
    static final int PAGE = 20;

    /** Bookkeeping fields that mean nothing to a reader. */
    private static final Set<String> HIDDEN = Set.of("position");

    private final ClusterService clusters;
    private final ClusterId cluster;
    private final Div entries = new Div();
    final Button older = new Button();

    HistorySection(ClusterService clusters, ClusterId cluster) {
        this.clusters = clusters;
        this.cluster = cluster;
        addClassName("cluster-history");
        older.setText(getTranslation("cluster.history.older"));
        older.setIcon(VaadinIcon.ANGLE_DOWN.create());
        older.setId("cluster-history-older");
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(entries, older);
        show(PAGE);
        older.addClickListener(click -> show(entries.getComponentCount() + PAGE));
    }

    /** The newest {@code count} entries (read again, so a change made meanwhile shows too). */
    private void show(int count) {
        ClusterChange.Page page = clusters.history(cluster, count);
        entries.removeAll();
        if (page.changes().isEmpty()) {
            entries.add(new Span(getTranslation("cluster.history.none")));
        }
        page.changes().forEach(change -> entries.add(entry(change)));
        older.setVisible(page.older());
    }

    /**
     * One entry as one element: its markup (escaped texts) set at once instead of a component per part (issue #19: a
     * page of 20 entries was about 400 state nodes to build and send; now 20). The markup is the same as before:
     * when, who, what, and a list of field: old → new.
     */
    private Div entry(ClusterChange change) {
        var html = new StringBuilder(256).append("<div>");
        span(html, "cluster-history-when", ClusterFormats.localTime(change.at()));
        span(html, "cluster-history-who", change.userDisplayName());
        span(html, "cluster-history-what", getTranslation("cluster.history." + change.subject().name() + "."
                + change.kind().name(), change.subjectLabel()));
        html.append("</div><ul>");
        for (ClusterChange.Field field : change.fields()) {
            if (HIDDEN.contains(field.name())) {
                continue;
            }
            html.append("<li>");
            span(html, "cluster-history-field", getTranslation("cluster.field." + field.name()) + ": ");
            span(html, "cluster-history-old", ClusterFormats.historyValue(this, field, field.oldValue()));
            span(html, null, " → ");
            span(html, "cluster-history-new", ClusterFormats.historyValue(this, field, field.newValue()));
            html.append("</li>");
        }
        html.append("</ul>");
        var entry = new Div();
        entry.addClassName("cluster-history-entry");
        entry.getElement().setProperty("innerHTML", html.toString());
        return entry;
    }

    private static void span(StringBuilder html, @Nullable String className, String text) {
        html.append(className == null ? "<span>" : "<span class=\"" + className + "\">")
                .append(Entities.escape(text)).append("</span>");
    }
}
