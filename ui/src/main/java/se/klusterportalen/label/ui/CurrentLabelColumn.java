package se.klusterportalen.label.ui;

import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;
import se.klusterportalen.base.ui.MessagesI18NProvider;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The portfolio grid's "current label" column: level and last valid day, e.g. "Guld t.o.m. 2027-03-20". */
@Component
class CurrentLabelColumn implements se.klusterportalen.base.ui.PortfolioColumn {

    private final LabelService labels;
    private final CurrentUser currentUser;
    private final MessagesI18NProvider messages;

    CurrentLabelColumn(LabelService labels, CurrentUser currentUser, MessagesI18NProvider messages) {
        this.labels = labels;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String headerKey() {
        return "label.column.current";
    }

    /** Sorted in the database by the label rank ({@code PortfolioQuery.Sort.LABEL}). */
    @Override
    public java.util.Optional<String> sortKey() {
        return java.util.Optional.of("LABEL");
    }

    @Override
    public boolean visible() {
        return currentUser.get().map(user -> user.can(Permission.LABEL_VIEW)).orElse(false);
    }

    @Override
    public Map<UUID, String> values(Collection<UUID> clusterIds) {
        Locale locale = UI.getCurrent() == null ? MessagesI18NProvider.SWEDISH : UI.getCurrent().getLocale();
        var values = new HashMap<UUID, String>();
        labels.currentLabels(clusterIds.stream().map(ClusterId::new).toList()).forEach((cluster, label) ->
                values.put(cluster.value(), messages.getTranslation("label.column.value", locale,
                        messages.getTranslation("label.level." + label.level().name(), locale),
                        label.validUntil().toString())));
        return values;
    }
}
