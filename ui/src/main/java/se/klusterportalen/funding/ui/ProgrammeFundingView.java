package se.klusterportalen.funding.ui;

import com.vaadin.flow.component.Svg;
import se.klusterportalen.base.ui.Grids;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
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
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.base.ui.ImportUpload;
import se.klusterportalen.funding.Basis;
import se.klusterportalen.funding.ClusterFundingPlan;
import se.klusterportalen.funding.FundingMix;
import se.klusterportalen.funding.FundingChartSvg;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.funding.Kronor;
import se.klusterportalen.funding.FundingStreamSummary;
import se.klusterportalen.funding.ProgrammeTotals;
import se.klusterportalen.funding.StreamYear;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;
import se.klusterportalen.rejection.Rejection;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;

/**
 * A programme's funding: sums per stream and year against the envelopes (editable by officers), the programme's
 * chart and figures, a summary per cluster, and the export to Excel. The sums come summed from the database
 * ({@link ProgrammeTotals}); the cluster list is lazy, a page of plans at a time (issue #19): the view holds no plan.
 */
@Route("funding/programmes/:programmeId")
@RolesAllowed(Permission.FUNDING_VIEW)
@StyleSheet("context://styles/funding.css")
class ProgrammeFundingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FundingService funding;
    private final boolean editable;
    private final FundingTexts texts = new FundingTexts(this);

    ProgrammeTotals programme;
    boolean editing;
    final H1 title = new H1();
    final UnorderedList warnings = new UnorderedList();
    final Paragraph figures = new Paragraph();
    final Svg chart = new Svg();
    final Paragraph chartNote = new Paragraph();
    final Div tableHolder = new Div();
    /** The table while nobody edits: one element with the table as markup (no component per cell; issue #19). */
    final Div tableMarkup = new Div();
    final Div message = new Div();
    final Button editEnvelopes = new Button();
    final Button saveEnvelopes = new Button();
    final Button cancel = new Button();
    final Anchor excel = new Anchor();
    final Grid<ClusterRow> clusters = new Grid<>();
    final Map<StreamYear, TextField> envelopeFields = new LinkedHashMap<>();

    /** Up to this many clusters the list shows every row; a longer one scrolls within a fixed height. */
    static final int ALL_ROWS_UP_TO = 50;

    ProgrammeFundingView(FundingService funding, CurrentUser currentUser) {
        this.funding = funding;
        this.editable = currentUser.get().filter(user -> user.can(Permission.FUNDING_EDIT)).isPresent();
        setId("programme-funding");
        warnings.setId("programme-funding-warnings");
        warnings.addClassName("funding-warnings");
        figures.setId("programme-funding-figures");
        chart.setId("programme-funding-chart");
        chart.addClassName("funding-chart");
        tableHolder.addClassName("funding-table-holder");
        tableMarkup.addClassName("funding-table-holder");
        message.setId("programme-funding-message");

        editEnvelopes.setText(getTranslation("funding.envelopes.edit"));
        editEnvelopes.setId("envelopes-edit");
        editEnvelopes.setIcon(VaadinIcon.EDIT.create());
        editEnvelopes.addClickListener(click -> setEditing(true));
        saveEnvelopes.setText(getTranslation("funding.envelopes.save"));
        saveEnvelopes.setId("envelopes-save");
        saveEnvelopes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(saveEnvelopes, () -> save());
        cancel.setText(getTranslation("funding.cancel"));
        cancel.setId("envelopes-cancel");
        cancel.addClickListener(click -> setEditing(false));
        excel.setId("programme-funding-excel");
        excel.setText(getTranslation("funding.excel.export"));
        excel.getElement().setAttribute("download", true);
        excel.addClassName("portal-link-button");

        clusters.setId("programme-cluster-grid");
        Grids.readable(clusters);
        // cells as Lit templates and texts, not components: no component per row and page (issue #19)
        clusters.addColumn(LitRenderer.<ClusterRow>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", ClusterRow::href).withProperty("name", ClusterRow::name))
                .setHeader(getTranslation("funding.cluster")).setFlexGrow(3).setKey("cluster");
        clusters.addColumn(ClusterRow::shareFirst).setHeader(getTranslation("funding.summary.share-first"))
                .setKey("share-first");
        clusters.addColumn(ClusterRow::shareLast).setHeader(getTranslation("funding.summary.share-last"))
                .setKey("share-last");
        clusters.addColumn(ClusterRow::leverage).setHeader(getTranslation("funding.summary.leverage")).setKey("leverage");
        clusters.addColumn(ClusterRow::baseYear).setHeader(getTranslation("funding.summary.base-year")).setKey("base-year");
        clusters.addColumn(ClusterRow::regionalCost).setHeader(getTranslation("funding.summary.regional-cost"))
                .setKey("regional-cost");
        clusters.addColumn(LitRenderer.<ClusterRow>of("<div>${item.warnings.map(w => html`<div class=\"funding-warning-line\">"
                                + "<vaadin-icon icon=\"vaadin:warning\"></vaadin-icon><span>${w}</span></div>`)}</div>")
                        .withProperty("warnings", ClusterRow::warnings))
                .setHeader(getTranslation("funding.summary.warnings")).setFlexGrow(2).setKey("warnings");
        clusters.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        clusters.setPageSize(ALL_ROWS_UP_TO);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = ProgrammeId.parse(event.getRouteParameters().get("programmeId").orElse(""));
            programme = funding.programmeTotals(id);
        } catch (Rejection.NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var back = new Anchor("funding", getTranslation("funding.back-to-programmes"));
        var toolbar = new HorizontalLayout(excel);
        if (editable) {
            var importAmounts = new Anchor(path(programme.programme()) + "/import", getTranslation("funding.import.open"));
            importAmounts.setId("programme-funding-import");
            toolbar.add(importAmounts, editEnvelopes, saveEnvelopes, cancel);
        }
        chartNote.setId("programme-funding-chart-note");
        chartNote.addClassName("funding-chart-note");
        add(back, title, warnings, figures, chart, chartNote, new H2(getTranslation("funding.programme.streams")), message,
                toolbar, tableMarkup, tableHolder, new H2(getTranslation("funding.programme.clusters")), clusters);
        show(programme);
    }

    void show(ProgrammeTotals loaded) {
        programme = loaded;
        title.setText(getTranslation("funding.programme.title", loaded.programmeName()));
        warnings.removeAll();
        loaded.envelopeWarnings().forEach(w -> warnings.add(new ListItem(VaadinIcon.WARNING.create(),
                new Span(texts.envelopeWarning(loaded.streams(), w)))));
        warnings.setVisible(!loaded.envelopeWarnings().isEmpty());
        SortedMap<Integer, FundingMix> planned = loaded.mixPerYear(Basis.PLANNED);
        SortedMap<Integer, FundingMix> actual = loaded.completeActualPerYear();
        var base = loaded.firstYearBaseMostlyNonRegional(Basis.PLANNED);
        figures.setText(getTranslation("funding.programme.figures",
                FundingTexts.share(planned.getOrDefault(loaded.years().getFirst(), FundingMix.ZERO)),
                FundingTexts.share(planned.getOrDefault(loaded.years().getLast(), FundingMix.ZERO)),
                FundingTexts.leverage(loaded.total(Basis.PLANNED)),
                base.isPresent() ? String.valueOf(base.getAsInt()) : FundingTexts.NONE,
                Formats.kronor(loaded.total(Basis.PLANNED).regional())));
        chart.setSvg(FundingChartSvg.render(planned.entrySet().stream().map(e -> new FundingChartSvg.Year(e.getKey(),
                e.getValue(), Optional.ofNullable(actual.get(e.getKey())))).toList(), labels(loaded.programmeName())));
        var partial = new ArrayList<String>();
        for (var year : loaded.partlyReportedYears()) {
            partial.add(getTranslation("funding.chart.partial.year", String.valueOf(year.year()),
                    year.reporting().reported(), year.reporting().planned()));
        }
        chartNote.setText(partial.isEmpty() ? "" : getTranslation("funding.chart.partial", String.join(", ", partial)));
        chartNote.setVisible(!partial.isEmpty());
        var id = loaded.programme();
        int count = loaded.clusters();
        clusters.setItems(query -> funding.clusterPlans(id, query.getOffset(), query.getLimit()).stream()
                .map(this::row), query -> count);
        clusters.setAllRowsVisible(count <= ALL_ROWS_UP_TO);
        clusters.setHeight(count <= ALL_ROWS_UP_TO ? null : "40rem");
        String fileName = loaded.programmeName().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".xlsx";
        excel.setHref(DownloadHandler.fromInputStream(download -> {
            // every plan, loaded only for the export's own request
            byte[] bytes = ProgrammeFundingExcel.write(funding.programmeFunding(id), texts);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, ImportUpload.XLSX_TYPE, bytes.length);
        }));
        setEditing(false);
    }

    private FundingChartSvg.Labels labels(String name) {
        return FundingTexts.chartLabels(this, name);
    }

    /**
     * A row of the cluster list: what its cells show, as texts.
     *
     * @param warnings the plan's tapering warnings, one text each
     */
    record ClusterRow(String href, String name, String shareFirst, String shareLast, String leverage, String baseYear,
                      String regionalCost, List<String> warnings) {
    }

    /** The row of a plan; its funding per year summed once (it was once per cell). */
    ClusterRow row(ClusterFundingPlan plan) {
        SortedMap<Integer, FundingMix> mix = plan.mixPerYear(Basis.PLANNED);
        FundingMix total = mix.values().stream().reduce(FundingMix.ZERO, FundingMix::plus);
        var baseYear = mix.entrySet().stream().filter(e -> e.getValue().baseMostlyNonRegional())
                .mapToInt(Map.Entry::getKey).findFirst();
        return new ClusterRow(ClusterFundingView.path(plan.programme(), plan.cluster()), plan.clusterName(),
                mix.isEmpty() ? FundingTexts.NONE : FundingTexts.share(mix.get(mix.firstKey())),
                mix.isEmpty() ? FundingTexts.NONE : FundingTexts.share(mix.get(mix.lastKey())),
                FundingTexts.leverage(total), baseYear.isPresent() ? String.valueOf(baseYear.getAsInt()) : FundingTexts.NONE,
                Formats.kronor(total.regional()), plan.warnings().stream().map(texts::warning).toList());
    }

    void setEditing(boolean on) {
        editing = on && editable;
        editEnvelopes.setVisible(editable && !editing);
        saveEnvelopes.setVisible(editing);
        cancel.setVisible(editing);
        envelopeFields.clear();
        tableHolder.removeAll();
        if (editing) {
            tableHolder.add(table());
        } else {
            tableMarkup.getElement().setProperty("innerHTML", tableMarkup());
        }
        tableHolder.setVisible(editing);
        tableMarkup.setVisible(!editing);
    }

    /**
     * The read-only table as markup: the same rows, cells, classes, titles and ids as {@link #table()} shows while
     * editing, with the envelopes as text.
     */
    String tableMarkup() {
        List<String> subHeaders = List.of(getTranslation("funding.planned"), getTranslation("funding.actual"),
                getTranslation("funding.envelope"));
        var html = new StringBuilder(16_384);
        html.append("<table id=\"programme-funding-table\" class=\"funding-table\"><caption>")
                .append(escape(getTranslation("funding.programme.table.caption"))).append("</caption><thead><tr>")
                .append("<th rowspan=\"2\">").append(escape(getTranslation("funding.stream"))).append("</th>");
        for (int year : programme.years()) {
            html.append("<th colspan=\"").append(subHeaders.size()).append("\" class=\"funding-year\">").append(year)
                    .append("</th>");
        }
        html.append("</tr><tr>");
        for (int i = 0; i < programme.years().size(); i++) {
            subHeaders.forEach(header -> html.append("<th>").append(escape(header)).append("</th>"));
        }
        html.append("</tr></thead><tbody>");
        String exceeded = escape(getTranslation("funding.envelope.exceeded"));
        for (FundingStreamSummary stream : programme.streams()) {
            html.append("<tr><th>").append(escape(texts.stream(stream))).append("</th>");
            for (int year : programme.years()) {
                var cell = new StreamYear(stream.id(), year);
                long planned = programme.planned(cell);
                OptionalLong envelope = programme.envelope(cell);
                OptionalLong actual = programme.actual(cell);
                if (envelope.isPresent() && planned > envelope.getAsLong()) {
                    html.append("<td class=\"funding-over-envelope\" title=\"").append(exceeded).append("\">");
                } else {
                    html.append("<td>");
                }
                html.append(Formats.kronor(planned)).append("</td><td>")
                        .append(actual.isPresent() ? Formats.kronor(actual.getAsLong()) : "")
                        .append("</td><td class=\"funding-envelope\">")
                        .append(envelope.isPresent() ? Formats.kronor(envelope.getAsLong()) : "").append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody><tfoot><tr class=\"funding-total\"><th>").append(escape(getTranslation("funding.total")))
                .append("</th>");
        var reportingRow = new StringBuilder("<tr class=\"funding-figure-row\" id=\"programme-funding-reporting\"><th>")
                .append(escape(getTranslation("funding.reporting.row"))).append("</th>");
        String partialTitle = escape(getTranslation("funding.reporting.partial"));
        for (var year : programme.perYear()) {
            boolean partial = year.reporting().partial();
            String partialAttributes = partial ? " class=\"funding-partial\" title=\"" + partialTitle + "\"" : "";
            html.append("<td>").append(Formats.kronor(year.planned().total())).append("</td><td")
                    .append(partialAttributes).append('>')
                    .append(year.actual().map(mix -> Formats.kronor(mix.total())).orElse("")).append("</td><td></td>");
            reportingRow.append("<td></td><td data-year=\"").append(year.year()).append('"').append(partialAttributes)
                    .append('>')
                    .append(year.reporting().planned() > 0 ? escape(getTranslation("funding.reporting.cell",
                            year.reporting().reported(), year.reporting().planned())) : "")
                    .append("</td><td></td>");
        }
        html.append("</tr>").append(reportingRow).append("</tr></tfoot></table>");
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private NativeTable table() {
        var table = FundingTables.withYearHead("programme-funding-table",
                getTranslation("funding.programme.table.caption"), getTranslation("funding.stream"), programme.years(),
                List.of(getTranslation("funding.planned"), getTranslation("funding.actual"),
                        getTranslation("funding.envelope")));
        for (FundingStreamSummary stream : programme.streams()) {
            var row = table.getBody().addRow();
            row.addHeaderCell().setText(texts.stream(stream));
            for (int year : programme.years()) {
                var cell = new StreamYear(stream.id(), year);
                long planned = programme.planned(cell);
                OptionalLong envelope = programme.envelope(cell);
                var plannedCell = row.addDataCell();
                plannedCell.setText(Formats.kronor(planned));
                if (envelope.isPresent() && planned > envelope.getAsLong()) {
                    plannedCell.addClassName("funding-over-envelope");
                    plannedCell.setTitle(getTranslation("funding.envelope.exceeded"));
                }
                OptionalLong actual = programme.actual(cell);
                row.addDataCell().setText(actual.isPresent() ? Formats.kronor(actual.getAsLong()) : "");
                var envelopeCell = row.addDataCell();
                envelopeCell.addClassName("funding-envelope");
                if (editing) {
                    var field = new TextField();
                    field.setId("envelope-" + stream.id() + "-" + year);
                    field.addThemeVariants(TextFieldVariant.LUMO_SMALL, TextFieldVariant.LUMO_ALIGN_RIGHT);
                    field.setAriaLabel(getTranslation("funding.envelope") + " " + year);
                    field.setValue(envelope.isPresent() ? Formats.integer(envelope.getAsLong()) : "");
                    field.addClassName("funding-amount-field");
                    envelopeFields.put(cell, field);
                    envelopeCell.add(field);
                } else {
                    envelopeCell.setText(envelope.isPresent() ? Formats.kronor(envelope.getAsLong()) : "");
                }
            }
        }
        var total = table.getFoot().addRow();
        total.addClassName("funding-total");
        total.addHeaderCell().setText(getTranslation("funding.total"));
        var reportingRow = table.getFoot().addRow();
        reportingRow.addClassName("funding-figure-row");
        reportingRow.setId("programme-funding-reporting");
        reportingRow.addHeaderCell().setText(getTranslation("funding.reporting.row"));
        for (var year : programme.perYear()) {
            total.addDataCell().setText(Formats.kronor(year.planned().total()));
            var actualCell = total.addDataCell();
            year.actual().ifPresent(mix -> actualCell.setText(Formats.kronor(mix.total())));
            reportingRow.addDataCell();
            var reportedCell = reportingRow.addDataCell();
            reportedCell.getElement().setAttribute("data-year", String.valueOf(year.year()));
            if (year.reporting().planned() > 0) {
                reportedCell.setText(getTranslation("funding.reporting.cell", year.reporting().reported(),
                        year.reporting().planned()));
            }
            if (year.reporting().partial()) {
                actualCell.addClassName("funding-partial");
                reportedCell.addClassName("funding-partial");
                actualCell.setTitle(getTranslation("funding.reporting.partial"));
                reportedCell.setTitle(getTranslation("funding.reporting.partial"));
            }
            total.addDataCell();
            reportingRow.addDataCell();
        }
        return table;
    }

    void save() {
        Map<StreamYear, Long> edited = new HashMap<>();
        boolean valid = true;
        for (var entry : envelopeFields.entrySet()) {
            try {
                Kronor.parse(entry.getValue().getValue()).ifPresent(value -> edited.put(entry.getKey(), value));
                entry.getValue().setInvalid(false);
            } catch (Rejection.Invalid invalid) {
                entry.getValue().setErrorMessage(Rejections.translate(invalid.errors().getFirst()));
                entry.getValue().setInvalid(true);
                valid = false;
            }
        }
        if (!valid) {
            showMessage(getTranslation("funding.save.invalid"), false);
            return;
        }
        try {
            show(funding.saveEnvelopeTotals(programme.programme(), programme.envelopes(), edited));
            message.removeAll();
            Notification.show(getTranslation("funding.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (Rejection.Stale conflict) {
            // specific: the explanation stays above the table with a button that reloads only the envelopes
            showMessage(Rejections.translate(conflict), true);
        }
    }

    private void showMessage(String text, boolean offerReload) {
        message.removeAll();
        message.addClassName("funding-error");
        message.add(new Paragraph(text));
        if (offerReload) {
            var reload = new Button(getTranslation("funding.reload"), click -> {
                message.removeAll();
                show(funding.programmeTotals(programme.programme()));
            });
            reload.setId("envelopes-reload");
            message.add(reload);
        }
    }

    static String path(ProgrammeId programme) {
        return "funding/programmes/" + programme;
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " – " + getTranslation("app.name");
    }

    List<String> warningTexts() {
        return warnings.getChildren().map(item -> item.getElement().getTextRecursively()).toList();
    }
}
