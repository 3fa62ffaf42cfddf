package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.preference.GridPreferenceService;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.text.Collation;
import se.klusterportalen.base.ui.Grids;
import se.klusterportalen.base.ui.ImportUpload;
import se.klusterportalen.base.ui.PortfolioColumn;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.cluster.County;
import se.klusterportalen.cluster.PortfolioQuery;
import se.klusterportalen.cluster.PortfolioRow;
import se.klusterportalen.cluster.SmartArea;
import se.klusterportalen.security.Permission;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The region's portfolio: every cluster with sector, county, status, latest members and ECCP, plus the columns
 * other features contribute; filters, sorting, a count, and an Excel export of exactly the rows and columns shown.
 *
 * <p>The grid is lazy (issue #19): it asks {@link ClusterService#portfolio(PortfolioQuery, long, int)} for the rows
 * it shows, filtered, sorted (names in the database's Swedish collation) and cut in the database, so a session holds
 * a page of the region, not the whole list. The columns other features contribute get their values per page. Every
 * column sorts in the database (the ECCP column by registered, eligible, not eligible; the current label and the
 * phase by the rank their features give the query), ties by name in Swedish collation.
 */
@Route("clusters")
@Menu(order = 1, title = "nav.clusters", icon = "CLUSTER")
@RolesAllowed(Permission.CLUSTER_VIEW)
@StyleSheet("styles/cluster.css")
class ClusterListView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    /** A column: its key, header and how to write a row's value as text (for the grid and the export alike). */
    private record ShownColumn(String key, String header, Function<Row, String> text) {
    }

    /**
     * A row as the grid keeps it for the rows it shows: what its columns need, nothing more (not the cluster's areas
     * or trend), and the contributed columns' texts in their order (read with the page, not kept in a map).
     */
    record Row(UUID id, String name, @Nullable String sector, @Nullable County county, ClusterStatus status,
               Optional<Integer> latestMembers, boolean eccpRegistered, boolean eccpEligible, String[] contributed) {
    }

    /** The first page, read when the view is built (for the column widths), handed to the grid's first fetch. */
    private record Opened(PortfolioQuery query, List<Row> rows, long total) {
    }

    /** What the view reads when it is built, in one read-only transaction. */
    private record Reads(PortfolioQuery.Page firstPage, List<Row> rows, Set<String> hidden, List<String> sectors,
                         List<County> counties, List<SmartArea> areas) {
    }

    /** A count just made for these filters, handed to the grid's next count instead of counting again. */
    private record Counted(PortfolioQuery filters, long total) {
    }

    /**
     * The grid's sortable columns and the portfolio query's sort key of each: every column (a contributed one when
     * its feature ranks it in the database, {@link PortfolioColumn#sortKey()}).
     */
    private final Map<String, PortfolioQuery.Sort> sorts = new java.util.HashMap<>(Map.of(
            "name", PortfolioQuery.Sort.NAME, "sector", PortfolioQuery.Sort.SECTOR,
            "county", PortfolioQuery.Sort.COUNTY, "status", PortfolioQuery.Sort.STATUS,
            "members", PortfolioQuery.Sort.MEMBERS, "eccp", PortfolioQuery.Sort.ECCP));

    /** How many rows the grid asks for at a time (Vaadin's default). */
    private static final int PAGE = 50;

    /** The grid's name for the remembered column choice. */
    static final String GRID_KEY = "portfolio";

    final Grid<Row> grid = new Grid<>();
    final TextField filter = new TextField();
    final Select<ClusterStatus> statusFilter = new Select<>();
    final ComboBox<String> sectorFilter = new ComboBox<>();
    final ComboBox<County> countyFilter = new ComboBox<>();
    final ComboBox<SmartArea> areaFilter = new ComboBox<>();
    final Span count = new Span();
    final Anchor export;
    private final GridLazyDataView<Row> data;
    private final List<ShownColumn> shownColumns = new ArrayList<>();
    private final List<PortfolioColumn> contributed;
    private @Nullable Opened opened;
    private @Nullable Counted counted;
    private final ClusterService clusters;
    private final GridPreferenceService preferences;
    private final TransactionTemplate readOnly;
    final Button columnsButton = new Button();
    final CheckboxGroup<String> columnChoice = new CheckboxGroup<>();

    ClusterListView(ClusterService clusters, List<PortfolioColumn> contributedColumns,
                    GridPreferenceService preferences, PlatformTransactionManager transactions) {
        this.clusters = clusters;
        this.preferences = preferences;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        setId("cluster-list");
        setSizeFull();
        contributed = contributedColumns.stream().filter(PortfolioColumn::visible)
                .sorted(Comparator.comparingInt(PortfolioColumn::order)).toList();
        // the first page decides which columns are narrower than their headers; the grid's first fetch and count
        // take it (read once), then it is dropped. Everything the view reads now (the page, the contributed columns'
        // values, the column choice, the filters' choices) in one read-only transaction and one pooled connection,
        // not a transaction per service call, each setting the region (issue #19)
        PortfolioQuery firstQuery = query();
        Reads reads = Objects.requireNonNull(readOnly.execute(transaction -> {
            var page = clusters.portfolio(firstQuery, 0, PAGE);
            return new Reads(page, rows(page.rows()), preferences.hiddenColumns(GRID_KEY), clusters.sectors(),
                    clusters.counties(), clusters.areas());
        }));
        var firstPage = reads.firstPage();
        List<Row> rows = reads.rows();
        opened = new Opened(firstQuery, rows, firstPage.total());
        counted = new Counted(filters(firstQuery), firstPage.total());

        // at 1400 px every column fits without sideways scrolling: each has a narrow minimum (in em, so it follows the
        // font) and a share of the rest; longer values and headers wrap onto a second line (issue #18); the county a
        // little wider than the sector ("Östergötlands" whole), the name wide enough for "Besöksnäringsklustret"
        addColumn("name", getTranslation("cluster.name"), Row::name, "11em", 3, rows).setFrozen(true);
        addColumn("sector", getTranslation("cluster.sector"), row -> Objects.toString(row.sector(), ""), "8em", 2,
                rows);
        addColumn("county", getTranslation("cluster.county"), row -> ClusterFormats.county(row.county()), "8em", 1,
                rows);
        addColumn("status", getTranslation("cluster.status"),
                row -> getTranslation("cluster.state." + row.status().name()), "7em", 1, rows);
        addColumn("members", getTranslation(PortfolioExport.MEMBERS_KEY),
                row -> ClusterFormats.members(row.latestMembers()), "6em", 0, rows)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        addColumn("eccp", getTranslation(PortfolioExport.ECCP_KEY), this::eccpText, "9em", 1, rows)
                .setRenderer(eccpBadge());
        for (int i = 0; i < contributed.size(); i++) {
            PortfolioColumn column = contributed.get(i);
            String key = "contributed-" + column.headerKey();
            int index = i;
            column.sortKey().ifPresent(sort -> sorts.put(key, PortfolioQuery.Sort.valueOf(sort)));
            addColumn(key, getTranslation(column.headerKey()), row -> row.contributed()[index], "8em", 1, rows);
        }
        grid.setId("cluster-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setPageSize(PAGE);
        data = grid.setItems(query -> fetch(query.getOffset(), query.getLimit()), query -> count());
        data.setIdentifierProvider(Row::id);
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());
        grid.addItemClickListener(click -> UI.getCurrent().navigate(ClusterPageView.class,
                new RouteParameters("id", click.getItem().id().toString())));
        grid.addClassName("cluster-grid-clickable");

        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            var workbook = new java.util.concurrent.atomic.AtomicReference<byte[]>();
            var fileName = new java.util.concurrent.atomic.AtomicReference<String>();
            event.getUI().accessSynchronously(() -> {
                workbook.set(exportShown());
                fileName.set(exportFileName());
            });
            return new DownloadResponse(new ByteArrayInputStream(workbook.get()), fileName.get(),
                    ImportUpload.XLSX_TYPE, workbook.get().length);
        }), "");
        export.setId("cluster-export");
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("cluster.portfolio.export")));
        export.addClassName("cluster-link-button");

        applyColumnChoice(reads.hidden());
        add(new H1(getTranslation("clusters.title")), filters(reads), toolbar(), grid);
        showCount(firstPage.total());
    }

    /**
     * The grid's rows {@code offset} to {@code offset + limit} for the filters and sort on screen: the first page read
     * when the view was built if it is that page, else read now (without counting: the count is the grid's own call).
     */
    private java.util.stream.Stream<Row> fetch(int offset, int limit) {
        PortfolioQuery query = query();
        Opened first = opened;
        opened = null;
        if (first != null && offset == 0 && first.query().equals(query)
                && (limit <= first.rows().size() || first.rows().size() >= first.total())) {
            return first.rows().stream().limit(limit);
        }
        // the page and the contributed columns' values in one read-only transaction
        return Objects.requireNonNull(readOnly.execute(transaction -> rows(clusters.portfolioRows(query, offset,
                limit)))).stream();
    }

    /** How many rows the filters on screen keep: the count just shown above the grid, or counted now. */
    private int count() {
        PortfolioQuery filters = filters(query());
        Counted known = counted;
        counted = null;
        return (int) (known != null && known.filters().equals(filters) ? known.total()
                : clusters.portfolioCount(filters));
    }

    /** The query's filters without its sort (a count does not depend on the order). */
    private static PortfolioQuery filters(PortfolioQuery query) {
        return new PortfolioQuery(query.nameContains(), query.status(), query.sector(), query.county(), query.area(),
                PortfolioQuery.Sort.NAME, false, query.text());
    }

    /** The page's rows as the grid keeps them, with the contributed columns' values (one read per column). */
    private List<Row> rows(List<PortfolioRow> page) {
        List<UUID> ids = page.stream().map(row -> row.id().value()).toList();
        List<Map<UUID, String>> values = contributed.stream().map(column -> column.values(ids)).toList();
        return page.stream().map(row -> {
            String[] texts = new String[values.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = values.get(i).getOrDefault(row.id().value(), "");
            }
            return new Row(row.id().value(), row.name(), row.sector(), row.county(), row.status(),
                    row.latestMembers(), row.eccpRegistered(), row.eccpEligible(), texts);
        }).toList();
    }

    /**
     * A resizable column at least {@code minWidth} wide that takes {@code flexGrow} shares of the room left; a value
     * or header longer than that wraps (never "…"), so the whole value is in the cell (no tooltip repeating it: it
     * doubled every row's texts in the answer the session keeps, issue #19). Sortable (by the database) when the
     * portfolio query has a sort for it.
     */
    private Grid.Column<Row> addColumn(String key, String header, Function<Row, String> text,
                                       String minWidth, int flexGrow, List<Row> rows) {
        shownColumns.add(new ShownColumn(key, header, text));
        boolean sortable = sorts.containsKey(key);
        // only a sortable header needs room for the sort arrows (Grids.header); the others are plain text
        // a header may break after a slash ("Bransch/" "tema" at 820 px instead of "Sector/the…"): a zero-width space
        // on screen only (the export and the column menu keep the plain header). The header is the column's text,
        // not a component (two state nodes fewer per column); cluster.css lets it wrap as Grids.header would
        String shown = header.replace("/", "/\u200B");
        var column = grid.addColumn(text::apply).setHeader(shown)
                .setKey(key).setSortable(sortable).setWidth(minWidth).setFlexGrow(flexGrow).setResizable(true);
        if (sortable) {
            column.setSortProperty(key);
        }
        if (rows.stream().map(text).mapToInt(String::length).max().orElse(0) < header.length()) {
            // values shorter than the header (numbers, phases; an empty column) on the first page: as wide as the
            // header's longest word and its sort arrows ("Medlemmar" whole, not "Medlem…"; "Aktuell märkning" on two
            // lines when no cluster of the first page has a label), no wider
            String longestWord = java.util.Arrays.stream(header.split(" "))
                    .max(Comparator.comparingInt(String::length)).orElse(header);
            column.setWidth(Grids.headerWidth(longestWord)).setFlexGrow(0);
        }
        return column;
    }

    /**
     * Met and not met differ at a glance: a green check or a grey cross (hidden from screen readers), and the words
     * beside it. A template the browser fills per row from two values, so the session keeps no component per row.
     */
    private LitRenderer<Row> eccpBadge() {
        return LitRenderer.<Row>of("<span class=\"cluster-eccp ${item.met ? 'cluster-eccp-met' : 'cluster-eccp-unmet'}\">"
                        + "<vaadin-icon class=\"cluster-eccp-icon\" aria-hidden=\"true\""
                        + " icon=\"${item.met ? 'vaadin:check-circle' : 'vaadin:close-circle-o'}\"></vaadin-icon>"
                        + "<span>${item.text}</span></span>")
                .withProperty("met", row -> row.eccpRegistered() || row.eccpEligible())
                .withProperty("text", this::eccpText);
    }

    /**
     * The column menu: every column but the name can be hidden; the choice is remembered for this user. The menu (a
     * popover with a check box per column) is built on the button's first click, not with the page: most openings
     * never use it, and its components would stay in the session (issue #19).
     */
    private Button columnsMenu() {
        columnsButton.setText(getTranslation("cluster.portfolio.columns"));
        columnsButton.setIcon(VaadinIcon.COGS.create());
        columnsButton.setId("cluster-columns");
        var firstClick = new java.util.concurrent.atomic.AtomicReference<com.vaadin.flow.shared.Registration>();
        firstClick.set(columnsButton.addClickListener(click -> {
            firstClick.get().remove(); // from now on the popover opens itself on the button's clicks
            columnMenu().open();
        }));
        return columnsButton;
    }

    /** The column menu's popover, built now (the button's first click), on the button and open. */
    private Popover columnMenu() {
        columnChoice.setId("cluster-column-choice");
        columnChoice.setLabel(getTranslation("cluster.portfolio.columns.label"));
        columnChoice.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        var choosable = shownColumns.stream().filter(column -> !column.key().equals("name")).toList();
        columnChoice.setItems(choosable.stream().map(ShownColumn::key).toList());
        columnChoice.setItemLabelGenerator(key -> choosable.stream().filter(column -> column.key().equals(key))
                .findFirst().map(ShownColumn::header).orElse(key));
        columnChoice.setValue(choosable.stream().map(ShownColumn::key)
                .filter(key -> grid.getColumnByKey(key).isVisible()).collect(Collectors.toSet()));
        columnChoice.addValueChangeListener(change -> {
            Set<String> hidden = choosable.stream().map(ShownColumn::key)
                    .filter(key -> !change.getValue().contains(key)).collect(Collectors.toSet());
            applyColumnChoice(hidden);
            try {
                preferences.hideColumns(GRID_KEY, hidden);
            } catch (Rejection rejection) {
                Rejections.show(rejection);
            }
        });
        var popover = new Popover(columnChoice);
        popover.setTarget(columnsButton);
        popover.addThemeVariants(PopoverVariant.ARROW);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        return popover;
    }

    private void applyColumnChoice(Set<String> hidden) {
        shownColumns.forEach(column -> grid.getColumnByKey(column.key())
                .setVisible(column.key().equals("name") || !hidden.contains(column.key())));
    }

    private List<ShownColumn> visibleColumns() {
        return shownColumns.stream().filter(column -> grid.getColumnByKey(column.key()).isVisible()).toList();
    }

    private String eccpText(Row row) {
        if (row.eccpRegistered()) {
            return getTranslation("cluster.eccp.grid-registered");
        }
        return getTranslation(row.eccpEligible() ? "cluster.eccp.eligible" : "cluster.eccp.not-eligible");
    }

    private FlexLayout filters(Reads reads) {
        filter.setId("cluster-filter");
        filter.setPlaceholder(getTranslation("clusters.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("18em");

        statusFilter.setId("cluster-status-filter");
        statusFilter.setLabel(getTranslation("cluster.status"));
        statusFilter.setItems(ClusterStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("cluster.filter.all"));
        statusFilter.setItemLabelGenerator(status -> status == null ? getTranslation("cluster.filter.all")
                : getTranslation("cluster.state." + status.name()));

        sectorFilter.setId("cluster-sector-filter");
        sectorFilter.setLabel(getTranslation("cluster.sector"));
        // the region's sectors and counties, each once (read from the database, not from the region's clusters)
        sectorFilter.setItems(reads.sectors().stream().sorted(Collation.forLanguage(getLocale())).toList());
        sectorFilter.setClearButtonVisible(true);

        countyFilter.setId("cluster-county-filter");
        countyFilter.setLabel(getTranslation("cluster.county"));
        countyFilter.setItems(reads.counties().stream()
                .sorted(Collation.comparing(County::officialName, getLocale())).toList());
        countyFilter.setItemLabelGenerator(County::officialName);
        countyFilter.setClearButtonVisible(true);

        areaFilter.setId("cluster-area-filter");
        areaFilter.setLabel(getTranslation("cluster.areas"));
        areaFilter.setItems(reads.areas());
        areaFilter.setItemLabelGenerator(SmartArea::name);
        areaFilter.setClearButtonVisible(true);

        filter.addValueChangeListener(change -> applyFilters());
        statusFilter.addValueChangeListener(change -> applyFilters());
        sectorFilter.addValueChangeListener(change -> applyFilters());
        countyFilter.addValueChangeListener(change -> applyFilters());
        areaFilter.addValueChangeListener(change -> applyFilters());

        statusFilter.setWidth("12em");
        sectorFilter.setWidth("12em");
        countyFilter.setWidth("12em");
        areaFilter.setWidth("14em");
        var layout = new FlexLayout(filter, statusFilter, sectorFilter, countyFilter, areaFilter);
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.addClassName("cluster-filters");
        return layout;
    }

    private HorizontalLayout toolbar() {
        count.setId("cluster-count");
        count.addClassName("cluster-count");
        var toolbar = new HorizontalLayout(count, export, columnsMenu());
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true); // at 820 px the buttons go onto a second line instead of pushing the page sideways
        if (clusters.mayManagePortfolio()) {
            var create = new Button(getTranslation("cluster.create"), VaadinIcon.PLUS.create(),
                    click -> UI.getCurrent().navigate(ClusterEditView.class));
            create.setId("cluster-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var importButton = new Button(getTranslation("cluster.import.open"), VaadinIcon.UPLOAD.create(),
                    click -> UI.getCurrent().navigate(ClusterImportView.class));
            importButton.setId("cluster-import");
            var areas = new Button(getTranslation("cluster.areas.open"), VaadinIcon.LIST.create(),
                    click -> UI.getCurrent().navigate(SmartAreasView.class));
            areas.setId("cluster-areas");
            toolbar.add(create, importButton, areas);
        }
        return toolbar;
    }

    /** The filters and the sort on screen as the portfolio's query (the search field: name, sector or county). */
    private PortfolioQuery query() {
        String needle = filter.getValue() == null ? "" : filter.getValue().strip();
        SmartArea area = areaFilter.getValue();
        var order = grid.getSortOrder().stream().filter(o -> sorts.containsKey(o.getSorted().getKey())).findFirst();
        return new PortfolioQuery(null, statusFilter.getValue(), sectorFilter.getValue(), countyFilter.getValue(),
                area == null ? null : area.id(),
                order.map(o -> sorts.get(o.getSorted().getKey())).orElse(PortfolioQuery.Sort.NAME),
                order.map(o -> o.getDirection() == SortDirection.DESCENDING).orElse(false),
                needle.isEmpty() ? null : needle);
    }

    private void applyFilters() {
        opened = null;
        data.refreshAll();
        // counted once: the figure above the grid, then the grid's own count takes it
        PortfolioQuery filters = filters(query());
        long total = clusters.portfolioCount(filters);
        counted = new Counted(filters, total);
        showCount(total);
    }

    private void showCount(long total) {
        count.setText(getTranslation("clusters.count", total));
    }

    /** Every row of the filters and sort on screen (read for the export; not kept). */
    private List<Row> allShown() {
        PortfolioQuery query = query();
        return Objects.requireNonNull(readOnly.execute(transaction -> rows(clusters.portfolioRows(query, 0,
                Integer.MAX_VALUE))));
    }

    /** The rows as filtered and sorted on screen, with the columns on screen, as an .xlsx workbook. */
    byte[] exportShown() {
        List<ShownColumn> visible = visibleColumns();
        List<String> headers = visible.stream().map(ShownColumn::header).toList();
        List<List<String>> rows = allShown().stream()
                .map(row -> visible.stream().map(column -> column.text().apply(row)).toList()).toList();
        return clusters.exportSpreadsheet(getTranslation("clusters.title"), headers, rows);
    }

    private String exportFileName() {
        return getTranslation("cluster.portfolio.export-file") + ".xlsx";
    }

    /** Header -> text of every shown row, in screen order (for tests). */
    Map<String, List<String>> shownTable() {
        var table = new LinkedHashMap<String, List<String>>();
        List<Row> rows = allShown();
        visibleColumns().forEach(column -> table.put(column.header(), rows.stream().map(column.text()).toList()));
        return table;
    }

    ClusterService clusters() {
        return clusters;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clusters.title") + " – " + getTranslation("app.name");
    }

    /** {@code ?status=ACTIVE} (as the overview's figures link) opens the list filtered by that status. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("status").flatMap(name -> java.util.Arrays
                .stream(ClusterStatus.values()).filter(status -> status.name().equals(name)).findFirst())
                .ifPresent(statusFilter::setValue);
    }
}
