package se.klusterportalen.label.ui;

import com.vaadin.flow.component.button.Button;
import se.klusterportalen.base.ui.Grids;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.label.ClusterLabels;
import se.klusterportalen.label.LabelRecord;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.label.LabelWarning;

import java.time.LocalDate;

/** Labels of one cluster, as the cluster page shows them. */
class LabelPanel extends VerticalLayout {

    private final LabelService labels;
    private final ClusterId cluster;
    private final LocalDate today;

    final Div current = new Div();
    final Div warnings = new Div();
    final Div goal = new Div();
    final Grid<LabelRecord> history = new Grid<>();
    final Button addLabel = new Button();
    final Button setGoal = new Button();
    final Anchor goldPreassessment = new Anchor();

    LabelPanel(LabelService labels, ClusterId cluster, boolean mayEdit, LocalDate today) {
        this.labels = labels;
        this.cluster = cluster;
        this.today = today;
        setId("label-section");
        setPadding(false);

        current.setId("label-current");
        warnings.setId("label-warnings");
        goal.setId("label-goal");
        history.setId("label-history");
        Grids.readable(history);
        history.addColumn(label -> getTranslation("label.level." + label.level().name()))
                .setHeader(getTranslation("label.level")).setAutoWidth(true);
        history.addColumn(label -> label.assessedOn().toString()).setHeader(getTranslation("label.assessed-on"))
                .setAutoWidth(true);
        history.addColumn(label -> label.validUntil().toString()).setHeader(getTranslation("label.valid-until"))
                .setAutoWidth(true);
        history.addColumn(label -> label.scorePercent().map(score -> score + " %").orElse(""))
                .setHeader(getTranslation("label.score")).setAutoWidth(true);
        history.addColumn(label -> label.issuerReference() == null ? "" : label.issuerReference())
                .setHeader(getTranslation("label.issuer-reference")).setFlexGrow(1);
        history.addComponentColumn(this::validity).setHeader(getTranslation("label.validity")).setAutoWidth(true);
        if (mayEdit) {
            history.addComponentColumn(label -> {
                var edit = new Button(VaadinIcon.EDIT.create(), click -> new LabelDialog(labels, cluster, label,
                        this::refresh).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("label.edit"));
                return edit;
            }).setWidth("4em").setFlexGrow(0);
        }
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.setAllRowsVisible(true);

        addLabel.setText(getTranslation("label.add"));
        addLabel.setId("label-add");
        addLabel.addClickListener(click -> new LabelDialog(labels, cluster, null, this::refresh).open());
        setGoal.setText(getTranslation("label.goal.set"));
        setGoal.setId("label-goal-set");
        setGoal.addClickListener(click -> new LabelGoalDialog(labels, cluster, labels.clusterLabels(cluster).goal(),
                this::refresh).open());
        goldPreassessment.setText(getTranslation("label.preassess.open"));
        goldPreassessment.setHref("labels/gold/" + cluster);
        goldPreassessment.setId("label-gold-link");

        var actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (mayEdit) {
            actions.add(addLabel, setGoal);
        }
        actions.add(goldPreassessment);
        add(current, warnings, goal, history, actions);
        refresh();
    }

    private Span validity(LabelRecord label) {
        if (label.isValidOn(today)) {
            return Badge.of(getTranslation("label.validity.valid"), "var(--lumo-success-color-10pct)",
                    "var(--lumo-success-text-color)");
        }
        String key = label.assessedOn().isAfter(today) ? "label.validity.coming" : "label.validity.expired";
        return Badge.of(getTranslation(key), "var(--lumo-contrast-5pct)", "var(--lumo-secondary-text-color)");
    }

    void refresh() {
        ClusterLabels data = labels.clusterLabels(cluster);
        current.removeAll();
        data.current().ifPresentOrElse(label -> current.add(
                        new Span(getTranslation("label.current") + " "),
                        Badge.level(getTranslation("label.level." + label.level().name()), label.level()),
                        new Span(" " + getTranslation("label.valid-until.text", label.validUntil().toString()))),
                () -> current.add(new Span(getTranslation("label.current.none"))));
        warnings.removeAll();
        data.warnings().forEach(warning -> warnings.add(warningBadge(warning)));
        goal.removeAll();
        data.goal().ifPresentOrElse(g -> goal.add(new Span(getTranslation("label.goal.text",
                        getTranslation("label.level." + g.targetLevel().name()), g.targetDate().toString()))),
                () -> goal.add(new Span(getTranslation("label.goal.none"))));
        history.setItems(data.history());
    }

    private Span warningBadge(LabelWarning warning) {
        String level = getTranslation("label.level." + warning.level().name());
        var badge = Badge.warning(getTranslation("label.warning." + warning.kind().name(), level,
                warning.date().toString(), warning.days()));
        badge.addClassName("label-warning");
        badge.getStyle().set("display", "inline-block").set("margin", "0 0.5em 0.25em 0");
        return badge;
    }
}
