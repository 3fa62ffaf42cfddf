package se.klusterportalen.programme.ui;

import com.vaadin.flow.component.button.Button;
import se.klusterportalen.base.ui.Grids;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.programme.MilestoneRecord;
import se.klusterportalen.programme.MilestoneStatus;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.Quarter;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Milestones as a filterable list and a timeline; status changes for those who may make them. */
class MilestonePanel extends VerticalLayout {

    private final ProgrammeService programmes;
    private final Map<ClusterId, String> clusterNames;
    private final Supplier<List<MilestoneRecord>> loader;
    private final Quarter from;
    private final Quarter to;
    private List<MilestoneRecord> all = List.of();

    final Select<MilestoneStatus> statusFilter = new Select<>();
    final Checkbox overdueOnly = new Checkbox();
    final TextField search = new TextField();
    final Span count = new Span();
    final Grid<MilestoneRecord> grid = new Grid<>();
    final MilestoneTimeline timeline;

    MilestonePanel(ProgrammeService programmes, Map<ClusterId, String> clusterNames,
                   Supplier<List<MilestoneRecord>> loader, LocalDate today, Quarter from, Quarter to) {
        this.programmes = programmes;
        this.clusterNames = clusterNames;
        this.loader = loader;
        this.from = from;
        this.to = to;
        this.timeline = new MilestoneTimeline(today);
        setPadding(false);

        statusFilter.setId("milestone-status-filter");
        statusFilter.setLabel(getTranslation("programme.milestone.status"));
        statusFilter.setItems(MilestoneStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("programme.milestone.filter.all"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("programme.milestone.filter.all")
                : getTranslation("programme.milestone.status." + s.name()));
        statusFilter.addValueChangeListener(change -> applyFilter());
        overdueOnly.setId("milestone-overdue-filter");
        overdueOnly.setLabel(getTranslation("programme.milestone.filter.overdue"));
        overdueOnly.addValueChangeListener(change -> applyFilter());
        search.setId("milestone-search");
        search.setLabel(getTranslation("programme.milestone.filter.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> applyFilter());
        count.setId("milestone-count");

        grid.setId("milestone-grid");
        Grids.readable(grid);
        grid.addColumn(MilestoneRecord::dueText).setHeader(getTranslation("programme.milestone.due"))
                .setComparator(MilestoneRecord::dueDate).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::title).setHeader(getTranslation("programme.milestone.title")).setFlexGrow(3);
        grid.addColumn(m -> m.cluster().map(c -> clusterNames.getOrDefault(c, "")).orElse(""))
                .setHeader(getTranslation("programme.milestone.cluster")).setFlexGrow(1);
        grid.addColumn(m -> m.responsible() == null ? "" : m.responsible())
                .setHeader(getTranslation("programme.milestone.responsible")).setFlexGrow(1);
        grid.addComponentColumn(m -> StatusBadge.of(getTranslation("programme.milestone.status." + m.status().name()),
                StatusBadge.color(m.status()))).setHeader(getTranslation("programme.milestone.status")).setAutoWidth(true);
        grid.addColumn(m -> m.doneOn().map(LocalDate::toString).orElse(""))
                .setHeader(getTranslation("programme.milestone.done-on")).setAutoWidth(true);
        grid.addComponentColumn(this::overdue).setHeader(getTranslation("programme.milestone.overdue"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::statusButton).setWidth("6em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);

        var filters = new HorizontalLayout(statusFilter, overdueOnly, search, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid, timeline);
        reload();
    }

    void reload() {
        all = loader.get();
        applyFilter();
    }

    private void applyFilter() {
        String needle = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        var shown = all.stream()
                .filter(m -> statusFilter.getValue() == null || m.status() == statusFilter.getValue())
                .filter(m -> !overdueOnly.getValue() || m.isOverdue())
                .filter(m -> needle.isEmpty() || text(m).contains(needle))
                .toList();
        grid.setItems(shown);
        timeline.show(shown, from, to);
        count.setText(getTranslation("programme.milestone.count", shown.size(), all.size()));
    }

    private String text(MilestoneRecord m) {
        return (m.title() + " " + (m.responsible() == null ? "" : m.responsible()) + " "
                + m.cluster().map(c -> clusterNames.getOrDefault(c, "")).orElse("")).toLowerCase(Locale.ROOT);
    }

    private Span title(MilestoneRecord m) {
        var title = new Span(m.title());
        title.getElement().setAttribute("title", m.title() + (m.comment() == null ? "" : " – " + m.comment()));
        if (m.isOverdue()) {
            title.getStyle().set("color", StatusBadge.RED);
        }
        return title;
    }

    private Span overdue(MilestoneRecord m) {
        var span = new Span(m.isOverdue() ? getTranslation("programme.milestone.overdue.days", m.daysOverdue()) : "");
        if (m.isOverdue()) {
            span.addClassName("milestone-overdue");
            span.getStyle().set("color", StatusBadge.RED).set("font-weight", "600");
        }
        return span;
    }

    private com.vaadin.flow.component.Component statusButton(MilestoneRecord m) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (programmes.mayUpdateStatus(m)) {
            var button = new Button(VaadinIcon.CHECK_SQUARE_O.create(), click -> new MilestoneStatusDialog(programmes, m,
                    this::reload).open());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            button.setAriaLabel(getTranslation("programme.milestone.update-status"));
            button.setTooltipText(getTranslation("programme.milestone.update-status"));
            button.addClassName("milestone-status-button");
            actions.add(button);
        }
        if (programmes.mayEdit()) {
            var edit = new Button(VaadinIcon.EDIT.create(), click -> MilestoneDialog.edit(programmes, m, clusterNames,
                    this::reload).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("programme.milestone.edit"));
            edit.setTooltipText(getTranslation("programme.milestone.edit"));
            edit.addClassName("milestone-edit-button");
            actions.add(edit);
        }
        return actions;
    }
}
