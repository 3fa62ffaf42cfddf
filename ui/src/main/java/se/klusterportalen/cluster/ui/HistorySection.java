package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import se.klusterportalen.cluster.ClusterChange;

import java.util.List;
import java.util.Set;

/** Every change of the cluster, newest first: when (Swedish local time), who, and old -> new per field. */
class HistorySection extends Div {

    /** Bookkeeping fields that mean nothing to a reader. */
    private static final Set<String> HIDDEN = Set.of("position");

    HistorySection(List<ClusterChange> changes) {
        addClassName("cluster-history");
        if (changes.isEmpty()) {
            add(new Span(getTranslation("cluster.history.none")));
        }
        for (ClusterChange change : changes) {
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
            add(entry);
        }
    }
}
