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
import com.vaadin.flow.data.renderer.ComponentRenderer;
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
    private record ShownColumn(String key, String header, Function<PortfolioRow, String> text) {
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

    final Grid<PortfolioRow> grid = new Grid<>();
    final TextField filter = new TextField();
    final Select<ClusterStatus> statusFilter = new Select<>();
    final ComboBox<String> sectorFilter = new ComboBox<>();
    final ComboBox<County> countyFilter = new ComboBox<>();
    final ComboBox<SmartArea> areaFilter = new ComboBox<>();
    final Span count = new Span();
    final Anchor export;
    private final GridLazyDataView<PortfolioRow> data;
    private final List<ShownColumn> shownColumns = new ArrayList<>();
    private final List<PortfolioColumn> contributed;
    /** The contributed columns' values of the rows fetched since the filters or the sort last changed. */
    private final Map<String, Map<UUID, String>> contributedValues = new java.util.HashMap<>();
    private final ClusterService clusters;
    private final GridPreferenceService preferences;
    final Button columnsButton = new Button();
    final CheckboxGroup<String> columnChoice = new CheckboxGroup<>();

    ClusterListView(ClusterService clusters, List<PortfolioColumn> contributedColumns,
                    GridPreferenceService preferences) {
        this.clusters = clusters;
        this.preferences = preferences;
        setId("cluster-list");
        setSizeFull();
        // the first page decides which columns are narrower than their headers; it is not kept
        List<PortfolioRow> rows = clusters.portfolio(query(), 0, PAGE).rows();
        contributed = contributedColumns.stream().filter(PortfolioColumn::visible)
                .sorted(Comparator.comparingInt(PortfolioColumn::order)).toList();
        fetchContributed(rows);

        // at 1400 px every column fits without sideways scrolling: each has a narrow minimum (in em, so it follows the
        // font) and a share of the rest; longer values and headers wrap onto a second line (issue #18); the county a
        // little wider than the sector ("Östergötlands" whole), the name wide enough for "Besöksnäringsklustret"
        addColumn("name", getTranslation("cluster.name"), PortfolioRow::name, "11em", 3, rows).setFrozen(true);
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
                .setRenderer(new ComponentRenderer<>(this::eccpBadge));
        contributed.forEach(column -> {
            String key = "contributed-" + column.headerKey();
            column.sortKey().ifPresent(sort -> sorts.put(key, PortfolioQuery.Sort.valueOf(sort)));
            addColumn(key, getTranslation(column.headerKey()), row -> contributedValues
                    .getOrDefault(column.headerKey(), Map.of()).getOrDefault(row.id().value(), ""), "8em", 1, rows);
        });
        grid.setId("cluster-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setPageSize(PAGE);
        data = grid.setItems(query -> {
            List<PortfolioRow> page = clusters.portfolio(query(), query.getOffset(), query.getLimit()).rows();
            fetchContributed(page);
            return page.stream();
        }, query -> (int) clusters.portfolio(query(), 0, 0).total());
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

        applyColumnChoice(preferences.hiddenColumns(GRID_KEY));
        add(new H1(getTranslation("clusters.title")), filters(), toolbar(), grid);
        updateCount();
    }

    /**
     * A resizable column at least {@code minWidth} wide that takes {@code flexGrow} shares of the room left; a value
     * or header longer than that wraps (never "…"), and the tooltip shows the whole value. Sortable (by the database)
     * when the portfolio query has a sort for it.
     */
    private Grid.Column<PortfolioRow> addColumn(String key, String header, Function<PortfolioRow, String> text,
                                                String minWidth, int flexGrow, List<PortfolioRow> rows) {
        shownColumns.add(new ShownColumn(key, header, text));
        boolean sortable = sorts.containsKey(key);
        // only a sortable header needs room for the sort arrows (Grids.header); the others are plain text
        var column = grid.addColumn(text::apply).setHeader(sortable ? Grids.header(header) : new Span(header))
                .setKey(key).setSortable(sortable).setWidth(minWidth).setFlexGrow(flexGrow)
                .setTooltipGenerator(text::apply).setResizable(true);
        if (sortable) {
            column.setSortProperty(key);
        }
        if (rows.stream().map(text).mapToInt(String::length).max().orElse(0) < header.length()) {
            // values shorter than the header (numbers, phases) on the first page: as wide as the header and its sort
            // arrows ("Medlemmar" whole, not "Medlem…"), no wider
            column.setWidth(Grids.headerWidth(header)).setFlexGrow(0);
        }
        return column;
    }

    /** Met and not met differ at a glance: a green check or a grey cross, and the words beside it. */
    private Span eccpBadge(PortfolioRow row) {
        boolean met = row.eccpRegistered() || row.eccpEligible();
        var icon = (met ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE_O).create();
        icon.addClassName("cluster-eccp-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var badge = new Span(icon, new Span(eccpText(row)));
        badge.addClassNames("cluster-eccp", met ? "cluster-eccp-met" : "cluster-eccp-unmet");
        return badge;
    }

    /** The column menu: every column but the name can be hidden; the choice is remembered for this user. */
    private Button columnsMenu() {
        columnsButton.setText(getTranslation("cluster.portfolio.columns"));
        columnsButton.setIcon(VaadinIcon.COGS.create());
        columnsButton.setId("cluster-columns");
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
        return columnsButton;
    }

    private void applyColumnChoice(Set<String> hidden) {
        shownColumns.forEach(column -> grid.getColumnByKey(column.key())
                .setVisible(column.key().equals("name") || !hidden.contains(column.key())));
    }

    private List<ShownColumn> visibleColumns() {
        return shownColumns.stream().filter(column -> grid.getColumnByKey(column.key()).isVisible()).toList();
    }

    private String eccpText(PortfolioRow row) {
        if (row.eccpRegistered()) {
            return getTranslation("cluster.eccp.grid-registered");
        }
        return getTranslation(row.eccpEligible() ? "cluster.eccp.eligible" : "cluster.eccp.not-eligible");
    }

    private FlexLayout filters() {
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
        sectorFilter.setItems(clusters.sectors().stream().sorted(Collation.forLanguage(getLocale())).toList());
        sectorFilter.setClearButtonVisible(true);

        countyFilter.setId("cluster-county-filter");
        countyFilter.setLabel(getTranslation("cluster.county"));
        countyFilter.setItems(clusters.counties().stream()
                .sorted(Collation.comparing(County::officialName, getLocale())).toList());
        countyFilter.setItemLabelGenerator(County::officialName);
        countyFilter.setClearButtonVisible(true);

        areaFilter.setId("cluster-area-filter");
        areaFilter.setLabel(getTranslation("cluster.areas"));
        areaFilter.setItems(clusters.areas());
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

    /** The contributed columns' values of these rows, added to those the grid already shows. */
    private void fetchContributed(List<PortfolioRow> rows) {
        List<UUID> ids = rows.stream().map(row -> row.id().value()).toList();
        for (PortfolioColumn column : contributed) {
            contributedValues.computeIfAbsent(column.headerKey(), key -> new java.util.HashMap<>())
                    .putAll(column.values(ids));
        }
    }

    private void applyFilters() {
        contributedValues.clear();
        data.refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("clusters.count", clusters.portfolio(query(), 0, 0).total()));
    }

    /** Every row of the filters and sort on screen (read for the export; not kept). */
    private List<PortfolioRow> allShown() {
        List<PortfolioRow> rows = clusters.portfolio(query(), 0, Integer.MAX_VALUE).rows();
        fetchContributed(rows);
        return rows;
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
        List<PortfolioRow> rows = allShown();
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
