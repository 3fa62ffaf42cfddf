package se.klusterportalen.funding.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.funding.Kronor;
import se.klusterportalen.funding.Basis;
import se.klusterportalen.funding.ClusterFundingPlan;
import se.klusterportalen.funding.FundingAmountValue;
import se.klusterportalen.funding.FundingMix;
import se.klusterportalen.funding.FundingChartSvg;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.funding.FundingStreamSummary;
import se.klusterportalen.funding.StreamKind;
import se.klusterportalen.funding.StreamYear;
import se.klusterportalen.rejection.Rejection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.function.ToLongFunction;

/**
 * A cluster's funding in one programme: warnings, chart, key figures and the table of streams × years with
 * planned, actual and difference. Officers edit the amounts in place and open the tapering generator; everyone
 * else reads (and may try what-if without saving).
 */
@StyleSheet("context://styles/funding.css")
class ClusterFundingPanel extends VerticalLayout {

    private final FundingService funding;
    private final boolean editable;
    private final FundingTexts texts = new FundingTexts(this);

    ClusterFundingPlan plan;
    boolean editing;
    final Div summary = new Div();
    final UnorderedList warnings = new UnorderedList();
    final Div message = new Div();
    final Svg chart = new Svg();
    final Div tableHolder = new Div();
    final Button edit = new Button();
    final Button save = new Button();
    final Button cancel = new Button();
    final Button tapering = new Button();
    final Map<StreamYear, TextField> plannedFields = new LinkedHashMap<>();
    final Map<StreamYear, TextField> actualFields = new LinkedHashMap<>();

    ClusterFundingPanel(FundingService funding, ClusterFundingPlan plan, boolean editable) {
        this.funding = funding;
        this.editable = editable;
        addClassName("funding-panel");
        setPadding(false);
        summary.setId("funding-summary");
        summary.addClassName("funding-summary");
        warnings.setId("funding-warnings");
        warnings.addClassName("funding-warnings");
        message.setId("funding-message");
        chart.setId("funding-chart");
        chart.addClassName("funding-chart");
        tableHolder.addClassName("funding-table-holder");

        edit.setText(getTranslation("funding.edit"));
        edit.setId("funding-edit");
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(click -> setEditing(true));
        save.setText(getTranslation("funding.save"));
        save.setId("funding-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(save, () -> saveAmounts());
        cancel.setText(getTranslation("funding.cancel"));
        cancel.setId("funding-cancel");
        cancel.addClickListener(click -> setEditing(false));
        tapering.setText(getTranslation(editable ? "funding.tapering.open" : "funding.whatif.open"));
        tapering.setId("funding-tapering");
        tapering.setIcon(VaadinIcon.TRENDING_DOWN.create());
        tapering.addClickListener(click -> new TaperingDialog(funding, this.plan, editable, this::show).open());

        var toolbar = new HorizontalLayout(tapering);
        if (editable) {
            toolbar.add(edit, save, cancel);
        }
        add(summary, warnings, message, chart, toolbar, tableHolder);
        show(plan);
    }

    void show(ClusterFundingPlan loaded) {
        this.plan = loaded;
        message.removeAll();
        summary.setText(loaded.tapering().map(texts::tapering).orElse(getTranslation("funding.tapering.none"))
                + " · " + baseText());
        warnings.removeAll();
        loaded.warnings().forEach(w -> warnings.add(new ListItem(VaadinIcon.WARNING.create(), new Span(texts.warning(w)))));
        warnings.setVisible(!loaded.warnings().isEmpty());
        chart.setSvg(FundingChartSvg.render(chartYears(loaded), chartLabels(loaded.clusterName())));
        setEditing(false);
    }

    private String baseText() {
        var year = plan.firstYearBaseMostlyNonRegional(Basis.PLANNED);
        return year.isPresent() ? getTranslation("funding.base.mostly-non-regional", String.valueOf(year.getAsInt()))
                : getTranslation("funding.base.still-regional");
    }

    private List<FundingChartSvg.Year> chartYears(ClusterFundingPlan loaded) {
        SortedMap<Integer, FundingMix> actual = loaded.mixPerYear(Basis.ACTUAL);
        return loaded.mixPerYear(Basis.PLANNED).entrySet().stream().map(e -> new FundingChartSvg.Year(e.getKey(),
                e.getValue(), Optional.ofNullable(actual.get(e.getKey())))).toList();
    }

    FundingChartSvg.Labels chartLabels(String title) {
        return FundingTexts.chartLabels(this, title);
    }

    void setEditing(boolean on) {
        editing = on && editable;
        edit.setVisible(editable && !editing);
        save.setVisible(editing);
        cancel.setVisible(editing);
        tapering.setEnabled(!editing);
        plannedFields.clear();
        actualFields.clear();
        tableHolder.removeAll();
        tableHolder.add(editing ? table() : readOnlyTable());
    }

    /**
     * The table to read, as one element whose markup is set at once (issue #19: the cells as components were about
     * 600 state nodes per plan to build, send and keep in every session showing a cluster page; now one). The same
     * markup as {@link #table()} without fields: caption, a head of years, a row per stream, the sums and figures.
     */
    private NativeTable readOnlyTable() {
        var html = new StringBuilder(16_384);
        html.append("<caption>").append(escape(getTranslation("funding.table.caption"))).append("</caption><thead><tr>")
                .append("<th rowspan=\"2\">").append(escape(getTranslation("funding.stream"))).append("</th>");
        var subHeaders = List.of(getTranslation("funding.planned"), getTranslation("funding.actual"),
                getTranslation("funding.difference"));
        for (int year : plan.years()) {
            html.append("<th colspan=\"").append(subHeaders.size()).append("\" class=\"funding-year\">").append(year)
                    .append("</th>");
        }
        html.append("</tr><tr>");
        for (int year : plan.years()) {
            subHeaders.forEach(header -> html.append("<th>").append(escape(header)).append("</th>"));
        }
        html.append("</tr></thead><tbody>");
        for (FundingStreamSummary s : plan.streams()) {
            html.append("<tr class=\"funding-kind-").append(s.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\"><th><span>").append(escape(texts.stream(s)))
                    .append("</span><span class=\"funding-kind-badge\">")
                    .append(escape(getTranslation("funding.kind.short." + s.kind().name()))).append("</span></th>");
            for (int year : plan.years()) {
                long planned = plan.planned(s.id(), year);
                OptionalLong actual = plan.actual(s.id(), year);
                cell(html, null, Formats.kronor(planned));
                cell(html, null, actual.isPresent() ? Formats.kronor(actual.getAsLong()) : "");
                if (actual.isPresent()) {
                    long value = actual.getAsLong() - planned;
                    cell(html, value < 0 ? "funding-below" : "funding-above", Formats.kronor(value));
                } else {
                    cell(html, null, "");
                }
            }
            html.append("</tr>");
        }
        html.append("</tbody><tfoot>");
        var actual = plan.mixPerYear(Basis.ACTUAL);
        var planned = plan.mixPerYear(Basis.PLANNED);
        sumRow(html, "funding.kind.REGIONAL", null, FundingMix::regional, planned, actual);
        sumRow(html, "funding.kind.OTHER_PUBLIC", null, FundingMix::otherPublic, planned, actual);
        sumRow(html, "funding.kind.PRIVATE", null, FundingMix::privateFunding, planned, actual);
        sumRow(html, "funding.total", "funding-total", FundingMix::total, planned, actual);
        figureRow(html, "funding.share", planned, actual, FundingTexts::share);
        figureRow(html, "funding.leverage", planned, actual, FundingTexts::leverage);
        html.append("</tfoot>");
        var table = new NativeTable();
        table.setId("funding-table");
        table.addClassName("funding-table");
        table.getElement().setProperty("innerHTML", html.toString());
        return table;
    }

    private void sumRow(StringBuilder html, String key, @Nullable String className, ToLongFunction<FundingMix> part,
                        Map<Integer, FundingMix> planned, Map<Integer, FundingMix> actual) {
        html.append(className == null ? "<tr>" : "<tr class=\"" + className + "\">").append("<th>")
                .append(escape(getTranslation(key))).append("</th>");
        for (int year : plan.years()) {
            long plannedSum = part.applyAsLong(planned.getOrDefault(year, FundingMix.ZERO));
            FundingMix reported = actual.get(year);
            cell(html, null, Formats.kronor(plannedSum));
            cell(html, null, reported == null ? "" : Formats.kronor(part.applyAsLong(reported)));
            cell(html, null, reported == null ? "" : Formats.kronor(part.applyAsLong(reported) - plannedSum));
        }
        html.append("</tr>");
    }

    private void figureRow(StringBuilder html, String key, Map<Integer, FundingMix> planned,
                           Map<Integer, FundingMix> actual, java.util.function.Function<FundingMix, String> figure) {
        html.append("<tr class=\"funding-figure-row\"><th>").append(escape(getTranslation(key))).append("</th>");
        for (int year : plan.years()) {
            cell(html, null, figure.apply(planned.getOrDefault(year, FundingMix.ZERO)));
            cell(html, null, actual.containsKey(year) ? figure.apply(actual.get(year)) : "");
            cell(html, null, "");
        }
        html.append("</tr>");
    }

    private static void cell(StringBuilder html, @Nullable String className, String text) {
        html.append(className == null ? "<td>" : "<td class=\"" + className + "\">").append(escape(text)).append("</td>");
    }

    private static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }

    private NativeTable table() {
        var table = FundingTables.withYearHead("funding-table", getTranslation("funding.table.caption"),
                getTranslation("funding.stream"), plan.years(), List.of(getTranslation("funding.planned"),
                        getTranslation("funding.actual"), getTranslation("funding.difference")));
        for (FundingStreamSummary s : plan.streams()) {
            var row = table.getBody().addRow();
            row.addClassName("funding-kind-" + s.kind().name().toLowerCase(java.util.Locale.ROOT));
            var name = row.addHeaderCell();
            name.add(new Span(texts.stream(s)), kindBadge(s.kind()));
            for (int year : plan.years()) {
                amountCells(row, new StreamYear(s.id(), year));
            }
        }
        var actual = plan.mixPerYear(Basis.ACTUAL);
        var planned = plan.mixPerYear(Basis.PLANNED);
        sumRow(table, "funding.kind.REGIONAL", FundingMix::regional, planned, actual);
        sumRow(table, "funding.kind.OTHER_PUBLIC", FundingMix::otherPublic, planned, actual);
        sumRow(table, "funding.kind.PRIVATE", FundingMix::privateFunding, planned, actual);
        sumRow(table, "funding.total", FundingMix::total, planned, actual).addClassName("funding-total");
        figureRow(table, "funding.share", planned, actual, FundingTexts::share);
        figureRow(table, "funding.leverage", planned, actual, FundingTexts::leverage);
        return table;
    }

    private Span kindBadge(StreamKind kind) {
        var badge = new Span(getTranslation("funding.kind.short." + kind.name()));
        badge.addClassName("funding-kind-badge");
        return badge;
    }

    private void amountCells(NativeTableRow row, StreamYear cell) {
        long planned = plan.planned(cell.stream(), cell.year());
        OptionalLong actual = plan.actual(cell.stream(), cell.year());
        if (editing) {
            row.addDataCell().add(field(plannedFields, cell, "planned", OptionalLong.of(planned)));
            row.addDataCell().add(field(actualFields, cell, "actual", actual));
        } else {
            row.addDataCell().setText(Formats.kronor(planned));
            row.addDataCell().setText(actual.isPresent() ? Formats.kronor(actual.getAsLong()) : "");
        }
        var difference = row.addDataCell();
        if (actual.isPresent()) {
            long value = actual.getAsLong() - planned;
            difference.setText(Formats.kronor(value));
            difference.addClassName(value < 0 ? "funding-below" : "funding-above");
        }
    }

    private TextField field(Map<StreamYear, TextField> fields, StreamYear cell, String what, OptionalLong value) {
        var field = new TextField();
        field.setId("funding-" + what + "-" + cell.stream() + "-" + cell.year());
        field.addThemeVariants(TextFieldVariant.LUMO_SMALL, TextFieldVariant.LUMO_ALIGN_RIGHT);
        field.setAriaLabel(getTranslation("funding." + what) + " " + cell.year());
        field.setValue(value.isPresent() ? Formats.integer(value.getAsLong()) : "");
        field.addClassName("funding-amount-field");
        fields.put(cell, field);
        return field;
    }

    private NativeTableRow sumRow(NativeTable table, String key, ToLongFunction<FundingMix> part,
                                  Map<Integer, FundingMix> planned, Map<Integer, FundingMix> actual) {
        var row = table.getFoot().addRow();
        row.addHeaderCell().setText(getTranslation(key));
        for (int year : plan.years()) {
            long plannedSum = part.applyAsLong(planned.getOrDefault(year, FundingMix.ZERO));
            row.addDataCell().setText(Formats.kronor(plannedSum));
            FundingMix reported = actual.get(year);
            row.addDataCell().setText(reported == null ? "" : Formats.kronor(part.applyAsLong(reported)));
            row.addDataCell().setText(reported == null ? "" : Formats.kronor(part.applyAsLong(reported) - plannedSum));
        }
        return row;
    }

    private void figureRow(NativeTable table, String key, Map<Integer, FundingMix> planned,
                           Map<Integer, FundingMix> actual, java.util.function.Function<FundingMix, String> figure) {
        var row = table.getFoot().addRow();
        row.addClassName("funding-figure-row");
        row.addHeaderCell().setText(getTranslation(key));
        for (int year : plan.years()) {
            row.addDataCell().setText(figure.apply(planned.getOrDefault(year, FundingMix.ZERO)));
            row.addDataCell().setText(actual.containsKey(year) ? figure.apply(actual.get(year)) : "");
            row.addDataCell();
        }
    }

    void saveAmounts() {
        var values = new ArrayList<FundingAmountValue>();
        boolean valid = true;
        for (var entry : plannedFields.entrySet()) {
            StreamYear cell = entry.getKey();
            OptionalLong planned = read(entry.getValue());
            OptionalLong actual = read(actualFields.get(cell));
            if (planned == null || actual == null) {
                valid = false;
                continue;
            }
            values.add(new FundingAmountValue(cell.stream(), cell.year(), planned.orElse(0), actual));
        }
        if (!valid) {
            showMessage(getTranslation("funding.save.invalid"), false);
            return;
        }
        try {
            show(funding.savePlan(plan.programme(), plan.cluster(), plan.version(), values, plan.tapering()));
            Notification.show(getTranslation("funding.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (Rejection.Stale conflict) {
            // specific: the explanation stays above the plan with a button that reloads only the plan
            showMessage(Rejections.translate(conflict), true);
        }
    }

    /** The field's amount, or null (and the field marked) when it cannot be read. */
    private @Nullable OptionalLong read(TextField field) {
        try {
            OptionalLong value = Kronor.parse(field.getValue());
            field.setInvalid(false);
            return value;
        } catch (Rejection.Invalid invalid) {
            field.setErrorMessage(Rejections.translate(invalid.errors().getFirst()));
            field.setInvalid(true);
            return null;
        }
    }

    void showMessage(String text, boolean offerReload) {
        message.removeAll();
        message.addClassName("funding-error");
        message.add(new Paragraph(text));
        if (offerReload) {
            var reload = new Button(getTranslation("funding.reload"), click -> reload());
            reload.setId("funding-reload");
            message.add(reload);
        }
    }

    void reload() {
        show(funding.clusterPlan(plan.programme(), plan.cluster()));
    }
}
