package se.klusterportalen.assessment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.text.Collation;
import se.klusterportalen.base.ui.ImportUpload;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.assessment.Dimension;
import se.klusterportalen.assessment.HorizontalArea;
import se.klusterportalen.assessment.MatrixOrder;
import se.klusterportalen.assessment.MatrixRow;
import se.klusterportalen.assessment.MatrixSummary;
import se.klusterportalen.assessment.PortfolioMatrix;
import se.klusterportalen.assessment.RoundId;
import se.klusterportalen.assessment.RoundMatrix;
import se.klusterportalen.assessment.RoundSummary;
import se.klusterportalen.security.Permission;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portfolio matrix of a round's fixed results: clusters × dimensions + overall with the median row, the same for
 * the horizontal areas; names can be replaced by the round's letters for sharing outside the region; Excel export.
 * The view holds the round's medians ({@link MatrixSummary}); the grids are lazy, a page of rows at a time from the
 * service in the grid's sort order (issue #19).
 */
@Route(MatrixView.ROUTE)
@Menu(order = 41, title = "assessment.nav.matrix", icon = "TABLE")
@RolesAllowed(Permission.ASSESSMENT_VIEW)
@StyleSheet("styles/assessment.css")
class MatrixView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "assessments/matrix";

    /** Query parameter: the round to show ({@code ?round=<id>}); without it the newest round with a fixed result. */
    static final String ROUND = "round";

    /** The address of the matrix on one round, for links (e.g. from the overview). */
    static String href(RoundId round) {
        return ROUTE + "?" + ROUND + "=" + round.value();
    }


    private final AssessmentService assessments;

    final Select<RoundSummary> round = new Select<>();
    final Checkbox anonymous = new Checkbox();
    final Grid<MatrixRow> phases = new Grid<>();
    final Grid<MatrixRow> horizontal = new Grid<>();
    final Paragraph info = new Paragraph();
    final Paragraph legend = new Paragraph();
    final Anchor export;
    final Div content = new Div();
    final Paragraph unknownRound = new Paragraph();
    private final List<RoundSummary> rounds;
    MatrixSummary matrix;
    /** The shown round's matrix, taken once per navigation: the grids page from it (shared, immutable). */
    private @Nullable RoundMatrix pages;

    /** Up to this many rows a grid shows every row; a longer one scrolls within a fixed height. */
    static final int ALL_ROWS_UP_TO = 50;

    MatrixView(AssessmentService assessments) {
        this.assessments = assessments;
        setId("assessment-matrix");

        round.setId("matrix-round");
        round.setLabel(getTranslation("assessment.round"));
        round.setItemLabelGenerator(RoundSummary::name);
        round.addValueChangeListener(change -> {
            show(change.getValue());
            if (change.isFromClient() && change.getValue() != null) {
                // the chosen round goes into the address, so it can be bookmarked and shared
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        new Location(ROUTE, QueryParameters.of(ROUND, change.getValue().id().value().toString()))));
            }
        });
        anonymous.setId("matrix-anonymous");
        anonymous.setLabel(getTranslation("assessment.matrix.anonymous"));
        anonymous.addValueChangeListener(change -> render());
        // the download runs in its own request: take the texts along rather than look them up there
        var locale = getLocale();
        Map<String, String> texts = new HashMap<>();
        for (String key : List.of("assessment.matrix.phases", "assessment.matrix.horizontal", "assessment.cluster",
                "assessment.overall", "assessment.median", "assessment.matrix.file", "assessment.matrix.anonymous.file")) {
            texts.put(key, getTranslation(key));
        }
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            // every row, loaded only for the export's own request
            var shown = assessments.matrix(matrix.round().id());
            boolean hideNames = anonymous.getValue();
            byte[] workbook = MatrixExcel.write(shown, hideNames, locale, texts::get);
            return new DownloadResponse(new ByteArrayInputStream(workbook), fileName(shown, hideNames, texts), ImportUpload.XLSX_TYPE,
                    workbook.length);
        }), "");
        export.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(getTranslation("assessment.matrix.export")));
        export.setId("matrix-export");
        export.addClassName("portal-link-button"); // as high and large as the buttons beside it

        phases.setId("matrix-phases");
        phases.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        phases.setPageSize(ALL_ROWS_UP_TO);
        horizontal.setId("matrix-horizontal");
        horizontal.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        horizontal.setPageSize(ALL_ROWS_UP_TO);
        info.setId("matrix-info");
        legend.setId("matrix-legend");
        legend.addClassName("assessment-legend");
        legend.setText(getTranslation("assessment.matrix.legend"));
        content.setWidthFull();
        content.add(info, phases, legend, new H2(getTranslation("assessment.horizontal.title")), horizontal);

        var toolbar = new HorizontalLayout(round, anonymous, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("assessment.matrix.title")), toolbar, content);

        unknownRound.setId("matrix-round-unknown");
        unknownRound.addClassName("portal-warning");
        unknownRound.setText(getTranslation("assessment.matrix.round-unknown"));
        unknownRound.setVisible(false);
        addComponentAtIndex(1, unknownRound);
        rounds = assessments.rounds();
        round.setItems(rounds);
        if (rounds.isEmpty()) {
            content.setVisible(false);
            export.setVisible(false);
            add(new Paragraph(getTranslation("assessment.rounds.empty")));
        }
    }

    /** Shows the round named by {@code ?round=}, else the newest round with a fixed result (else the newest). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter(ROUND);
        Optional<RoundSummary> named = asked.flatMap(id -> rounds.stream()
                .filter(r -> r.id().value().toString().equalsIgnoreCase(id.strip())).findFirst());
        unknownRound.setVisible(asked.isPresent() && named.isEmpty());
        named.or(() -> rounds.stream().filter(r -> r.fixed() > 0).findFirst())
                .or(() -> rounds.stream().findFirst())
                .filter(chosen -> !chosen.equals(round.getValue()))
                .ifPresent(round::setValue);
    }

    private void show(RoundSummary selected) {
        // the round's matrix once per navigation: the summary and both grids' pages from one data version (ADR 0094)
        pages = selected == null ? null : assessments.matrixPages(selected.id());
        matrix = pages == null ? null : pages.summary();
        render();
    }

    /** Rows by name, or by letter when names are hidden so that the order gives nothing away. */
    static List<MatrixRow> ordered(List<MatrixRow> rows, boolean anonymous, Locale language) {
        return rows.stream().sorted(anonymous
                ? Comparator.comparing((MatrixRow r) -> r.letter().length()).thenComparing(MatrixRow::letter)
                : Collation.comparing(MatrixRow::clusterName, language)).toList();
    }

    private String label(MatrixRow row) {
        return anonymous.getValue() ? row.letter() : row.clusterName();
    }

    private void render() {
        if (matrix == null) {
            return;
        }
        info.setText(getTranslation("assessment.matrix.info", matrix.round().fixed(), matrix.round().assessments()));

        phases.removeAllColumns();
        phases.getFooterRows().forEach(phases::removeFooterRow);
        var name = phases.addColumn(this::label).setHeader(getTranslation("assessment.cluster")).setAutoWidth(true)
                .setKey("cluster").setSortProperty("cluster");
        FooterRow footer = phases.appendFooterRow();
        footer.getCell(name).setText(getTranslation("assessment.median"));
        for (Dimension dimension : matrix.model().dimensions()) {
            var column = phases.addColumn(row -> row.evaluation().phaseOf(dimension.code()))
                    .setHeader(dimension.name().in(getLocale())).setKey(dimension.code())
                    .setSortProperty(dimension.code()).setAutoWidth(true)
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.CENTER);
            footer.getCell(column).setText(PhaseTexts.median(Optional.ofNullable(matrix.dimensionMedians().get(dimension.code()))));
        }
        var overall = phases.addColumn(row -> PhaseTexts.overall(row.evaluation()))
                .setHeader(getTranslation("assessment.overall")).setKey("overall").setSortProperty("overall")
                .setAutoWidth(true)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.CENTER);
        footer.getCell(overall).setText(PhaseTexts.median(matrix.overallMedian()));
        show(phases);

        horizontal.removeAllColumns();
        horizontal.getFooterRows().forEach(horizontal::removeFooterRow);
        var areaName = horizontal.addColumn(this::label).setHeader(getTranslation("assessment.cluster")).setAutoWidth(true)
                .setKey("cluster").setSortProperty("cluster");
        FooterRow areaFooter = horizontal.appendFooterRow();
        areaFooter.getCell(areaName).setText(getTranslation("assessment.median"));
        for (HorizontalArea area : matrix.model().areas()) {
            var column = horizontal.addColumn(row -> Optional.ofNullable(row.areaLevels().get(area.code()))
                            .map(String::valueOf).orElse("–"))
                    .setHeader(area.name().in(getLocale())).setKey(area.code()).setSortProperty(area.code())
                    .setAutoWidth(true)
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.CENTER);
            areaFooter.getCell(column).setText(PhaseTexts.median(Optional.ofNullable(matrix.areaMedians().get(area.code()))));
        }
        show(horizontal);
    }

    /** The round's rows a page at a time, in the grid's sort order (by name or letter without one). */
    private void show(Grid<MatrixRow> grid) {
        var shown = java.util.Objects.requireNonNull(pages);
        int count = matrix.rows();
        boolean hideNames = anonymous.getValue();
        var language = getLocale();
        grid.setItems(query -> {
            var sort = query.getSortOrders().stream().findFirst();
            var order = new MatrixOrder(sort.map(s -> s.getSorted()).orElse(null),
                    sort.map(s -> s.getDirection() == com.vaadin.flow.data.provider.SortDirection.DESCENDING).orElse(false),
                    hideNames);
            return shown.page(order, language, query.getOffset(), query.getLimit()).stream();
        }, query -> count);
        grid.setAllRowsVisible(count <= ALL_ROWS_UP_TO);
        grid.setHeight(count <= ALL_ROWS_UP_TO ? null : "32rem");
    }

    static String fileName(PortfolioMatrix matrix, boolean anonymous, Map<String, String> texts) {
        String suffix = anonymous ? "-" + texts.get("assessment.matrix.anonymous.file") : "";
        return texts.get("assessment.matrix.file") + "-"
                + matrix.round().name().replaceAll("[^\\p{L}\\p{N}-]+", "_") + suffix + ".xlsx";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.matrix.title") + " – " + getTranslation("app.name");
    }
}
