package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.klusterportalen.cluster.ClusterChange;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;

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

    private Div entry(ClusterChange change) {
        var entry = new Div();
        entry.addClassName("cluster-history-entry");
        var when = new Span(ClusterFormats.localTime(change.at()));
        when.addClassName("cluster-history-when");
        var who = new Span(change.userDisplayName());
        who.addClassName("cluster-history-who");
        var what = new Span(getTranslation("cluster.history." + change.subject().name() + "." + change.kind().name(),
                change.subjectLabel()));
        what.addClassName("cluster-history-what");
        entry.add(new Div(when, who, what));
        var fields = new UnorderedList();
        for (ClusterChange.Field field : change.fields()) {
            if (HIDDEN.contains(field.name())) {
                continue;
            }
            var label = new Span(getTranslation("cluster.field." + field.name()) + ": ");
            label.addClassName("cluster-history-field");
            var old = new Span(ClusterFormats.historyValue(this, field, field.oldValue()));
            old.addClassName("cluster-history-old");
            var now = new Span(ClusterFormats.historyValue(this, field, field.newValue()));
            now.addClassName("cluster-history-new");
            fields.add(new ListItem(label, old, new Span(" → "), now));
        }
        entry.add(fields);
        return entry;
    }
}
