package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.audit.AuditHistoryService;
import se.klusterportalen.audit.RegionDataCache;
import se.klusterportalen.audit.DataVersion;
import se.klusterportalen.base.ui.ImportUpload;
import se.klusterportalen.base.ui.PortfolioColumn;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.base.ui.SharedMarkup;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.cluster.County;
import se.klusterportalen.cluster.PortfolioQuery;
import se.klusterportalen.cluster.PortfolioRow;
import se.klusterportalen.preference.GridPreferenceService;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The region's portfolio: every cluster with sector, county, status, latest members and ECCP, plus the columns
 * other features contribute; filters, sorting by every column, 50 rows a page, a count, and an Excel export of exactly
 * the rows and columns shown.
 *
 * <p>The rows are an HTML table the session does not hold (issue #19, ADR 0097): a page (filters, sort, page, visible
 * columns, language, role set) is made once per region and data version as read-only markup
 * ({@link PortfolioCache}), shared by every session that shows the same, and the browser fetches it from
 * {@link SharedMarkup}'s content-addressed address. The session holds the filters' values, the sort, the page number
 * and the hidden columns. The headers are buttons ({@code data-sort}) and the pager's buttons carry the page
 * ({@code data-page}); one click listener on the table's container sends which was clicked. Filtered, sorted (names in
 * the database's Swedish collation, ties by name) and cut in the database.
 */
@Route("clusters")
@Menu(order = 1, title = "nav.clusters", icon = "CLUSTER")
@RolesAllowed(Permission.CLUSTER_VIEW)
@StyleSheet("styles/cluster.css")
class ClusterListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** A column: its key, header, how to write a row's value as text (table and export alike), right-aligned. */
    record ShownColumn(String key, String header, Function<Row, String> text, boolean number) {
    }

    /** A row of a page while its markup is made: what its columns need, the contributed columns' texts in order. */
    record Row(UUID id, String name, @Nullable String sector, @Nullable County county, ClusterStatus status,
               Optional<Integer> latestMembers, boolean eccpRegistered, boolean eccpEligible, String[] contributed) {
    }

    /** The sort keys of the portfolio's own columns (a contributed column's from its feature). */
    private static final Map<String, PortfolioQuery.Sort> SORTS = Map.of(
            "name", PortfolioQuery.Sort.NAME, "sector", PortfolioQuery.Sort.SECTOR,
            "county", PortfolioQuery.Sort.COUNTY, "status", PortfolioQuery.Sort.STATUS,
            "members", PortfolioQuery.Sort.MEMBERS, "eccp", PortfolioQuery.Sort.ECCP);

    /** Rows a page. */
    static final int PAGE = 50;

    /** The grid's name for the remembered column choice. */
    static final String GRID_KEY = "portfolio";

    /** The clicked header's sort key or pager button's page, sent with the table's click. */
    static final String SORT_DATA = "event.target.closest('[data-sort]')?.dataset.sort";
    static final String PAGE_DATA = "event.target.closest('[data-page]')?.dataset.page";

    /** A filter's control name and value, sent with its change (and the search field's input, debounced). */
    static final String NAME_DATA = "event.target.name";
    static final String VALUE_DATA = "event.target.value";
    static final String CHANGE_FILTER = "!!event.target.name";
    static final String INPUT_FILTER = "event.target.name === 'text'";

    /** Only a click on a header's button or an enabled pager button goes to the server. */
    static final String CLICK_FILTER = "event.target.closest('[data-sort],[data-page]:not([disabled])') !== null";

    final Div table = new Div();
    /** The filters (and the manager's links): native controls in shared markup, one change listener. */
    final Div filters = new Div();
    final Span count = new Span();
    final Anchor export;
    final Button columnsButton = new Button();
    final CheckboxGroup<String> columnChoice = new CheckboxGroup<>();

    private final List<PortfolioColumn> contributed;
    private final ClusterService clusters;
    private final GridPreferenceService preferences;
    private final PortfolioCache cache;
    private final SharedMarkup markup;
    private final AuditHistoryService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    /** What the session holds of the table: the sort, its direction, the page and the hidden columns. */
    private String sortKey = "name";
    private boolean descending;
    private int page;
    private Set<String> hidden = Set.of();
    private long total;
    /** The filters' values: the search text, status, sector, county and area (null: all). */
    private @Nullable String text;
    private @Nullable ClusterStatus status;
    private @Nullable String sector;
    private @Nullable County county;
    private @Nullable UUID area;
    /** While the filters are set from the address, the table is made once afterwards. */
    private boolean quiet = true;
    /** The column choice and the filters' choices are read with the first page. */
    private boolean opened;

    ClusterListView(ClusterService clusters, List<PortfolioColumn> contributedColumns,
                    GridPreferenceService preferences, PlatformTransactionManager transactions, PortfolioCache cache,
                    SharedMarkup markup, AuditHistoryService audit, CurrentUser currentUser, Clock clock) {
        this.clusters = clusters;
        this.preferences = preferences;
        this.cache = cache;
        this.markup = markup;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        // the version and what it keys in one snapshot (ADR 0092)
        readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        setId("cluster-list");
        setSizeFull(); // the table's box takes the rest of the height and scrolls, its header sticky
        contributed = contributedColumns.stream().filter(PortfolioColumn::visible)
                .sorted(Comparator.comparingInt(PortfolioColumn::order)).toList();
        table.setId("cluster-table");
        table.addClassName("portfolio-table-box");
        // one listener for every header and pager button of every page: the markup carries the keys
        table.getElement().addEventListener("click", event -> {
            var data = event.getEventData();
            var sort = data.get(SORT_DATA);
            var next = data.get(PAGE_DATA);
            if (sort != null && sort.isString()) {
                sortBy(sort.asString());
            } else if (next != null && next.isString()) {
                showPage(Integer.parseInt(next.asString()));
            }
        }).addEventData(SORT_DATA).addEventData(PAGE_DATA)
                .setFilter(CLICK_FILTER);

        filters.setId("cluster-filters");
        filters.getElement().addEventListener("change", event -> filterBy(
                        event.getEventData().path(NAME_DATA).asString(""),
                        event.getEventData().path(VALUE_DATA).asString("")))
                .addEventData(NAME_DATA).addEventData(VALUE_DATA).setFilter(CHANGE_FILTER);
        // typing filters after a pause, as the text field's lazy mode did
        filters.getElement().addEventListener("input", event -> filterBy("text",
                        event.getEventData().path(VALUE_DATA).asString("")))
                .addEventData(VALUE_DATA).setFilter(INPUT_FILTER).debounce(400);

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

        add(new H1(getTranslation("clusters.title")), filters, toolbar(), table);
        setFlexGrow(1, table);
    }

    /** {@code ?status=ACTIVE} (as the overview's figures link) opens the list filtered by that status. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        quiet = true;
        event.getLocation().getQueryParameters().getSingleParameter("status").flatMap(name -> java.util.Arrays
                .stream(ClusterStatus.values()).filter(status -> status.name().equals(name)).findFirst())
                .ifPresent(chosen -> status = chosen);
        quiet = false;
        show();
    }

    /** Sorts by this column's key: ascending, or the other way round when it is the sort already. */
    void sortBy(String key) {
        if (!sorts().containsKey(key)) {
            return;
        }
        descending = key.equals(sortKey) && !descending;
        sortKey = key;
        page = 0;
        show();
    }

    /** Shows page {@code number} (0 first; past the end: the last). */
    void showPage(int number) {
        page = Math.max(0, number);
        show();
    }

    /** The sort on screen: the column's key and whether it descends. */
    String sortKey() {
        return sortKey;
    }

    boolean descending() {
        return descending;
    }

    int page() {
        return page;
    }

    /** The sortable columns' keys and the portfolio query's sort of each. */
    private Map<String, PortfolioQuery.Sort> sorts() {
        var sorts = new java.util.HashMap<>(SORTS);
        contributed.forEach(column -> column.sortKey().ifPresent(sort -> sorts.put(contributedKey(column),
                PortfolioQuery.Sort.valueOf(sort))));
        return sorts;
    }

    private static String contributedKey(PortfolioColumn column) {
        return "contributed-" + column.headerKey();
    }

    /** Every column in its order (made when asked, not held). */
    private List<ShownColumn> columns() {
        var columns = new ArrayList<ShownColumn>();
        columns.add(new ShownColumn("name", getTranslation("cluster.name"), Row::name, false));
        columns.add(new ShownColumn("sector", getTranslation("cluster.sector"),
                row -> Objects.toString(row.sector(), ""), false));
        columns.add(new ShownColumn("county", getTranslation("cluster.county"),
                row -> ClusterFormats.county(row.county()), false));
        columns.add(new ShownColumn("status", getTranslation("cluster.status"),
                row -> getTranslation("cluster.state." + row.status().name()), false));
        columns.add(new ShownColumn("members", getTranslation(PortfolioExport.MEMBERS_KEY),
                row -> ClusterFormats.members(row.latestMembers()), true));
        columns.add(new ShownColumn("eccp", getTranslation(PortfolioExport.ECCP_KEY), this::eccpText, false));
        for (int i = 0; i < contributed.size(); i++) {
            int index = i;
            columns.add(new ShownColumn(contributedKey(contributed.get(i)),
                    getTranslation(contributed.get(i).headerKey()), row -> row.contributed()[index], false));
        }
        return columns;
    }

    private List<ShownColumn> visibleColumns() {
        return columns().stream().filter(column -> column.key().equals("name") || !hidden.contains(column.key()))
                .toList();
    }

    /**
     * Shows the page for the filters, sort and columns on screen: from the cache when another session (or this one)
     * showed it at this data version, else read (one page query with its count, one read per contributed column).
     */
    private void show() {
        if (quiet) {
            return;
        }
        boolean first = !opened;
        opened = true;
        Optional<String> region = RegionDataCache.cacheableRegion();
        // everything in one read-only transaction: the data version (one statement), and only on a miss the page
        // (its rows with their count, one read per contributed column); on the first page also the column choice
        // and the filters' choices
        PortfolioCache.Page shown = Objects.requireNonNull(readOnly.execute(transaction -> {
            var user = currentUser.get();
            Optional<DataVersion> version = region.isPresent() && user.isPresent()
                    ? Optional.of(audit.dataVersion(PortfolioCache.KINDS)) : Optional.empty();
            if (first) {
                hidden = Set.copyOf(preferences.hiddenColumns(GRID_KEY));
                boolean manage = clusters.mayManagePortfolio();
                @Nullable ClusterStatus asked = status;
                markup.fill(filters, version.map(v -> cache.filters(new PortfolioCache.FiltersKey(region.get(), v,
                        getLocale(), manage, Optional.ofNullable(asked)), () -> filtersMarkup(manage)))
                        .orElseGet(() -> filtersMarkup(manage)));
            }
            PortfolioQuery query = query();
            List<ShownColumn> columns = visibleColumns();
            int number = page;
            return version.map(v -> cache.page(new PortfolioCache.PageKey(region.get(), v, LocalDate.now(clock),
                            getLocale(), user.get().roles(), query, number,
                            columns.stream().map(ShownColumn::key).toList()), () -> make(query, columns, number)))
                    .orElseGet(() -> make(query, columns, number));
        }));
        page = shown.page();
        total = shown.total();
        if (!first) {
            table.getElement().executeJs("this.scrollTop = 0"); // another page, sort or filter: from its first row
        }
        markup.fill(table, shown.markup());
        count.setText(getTranslation("clusters.count", total));
    }

    /** The filters' markup (the region's choices read now, inside the caller's transaction). */
    private String filtersMarkup(boolean manage) {
        return new PortfolioMarkup(this::text).filters(manage, status, clusters.sectors(), clusters.counties(),
                clusters.areas(), getLocale());
    }

    /**
     * A filter changed in the browser: {@code name} is the control's ({@code text}, {@code status}, {@code sector},
     * {@code county}, {@code area}), {@code value} its value ("" for all). A value that is not one of the control's
     * (sent by hand) filters nothing. Shows the first page of the new filters.
     */
    void filterBy(String name, String value) {
        String v = value.strip().isEmpty() ? null : value.strip();
        switch (name) {
            case "text" -> {
                if (Objects.equals(text, v)) {
                    return; // the search field's change after its input: already shown
                }
                text = v;
            }
            case "status" -> status = v == null ? null : java.util.Arrays.stream(ClusterStatus.values())
                    .filter(each -> each.name().equals(v)).findFirst().orElse(null);
            case "sector" -> sector = v;
            case "county" -> county = v == null ? null : java.util.Arrays.stream(County.values())
                    .filter(each -> each.name().equals(v)).findFirst().orElse(null);
            case "area" -> {
                try {
                    area = v == null ? null : UUID.fromString(v);
                } catch (IllegalArgumentException notAnId) {
                    area = null;
                }
            }
            default -> {
                return;
            }
        }
        applyFilters();
    }

    /** Reads page {@code number} (the last when it is past the end) and writes its markup. */
    private PortfolioCache.Page make(PortfolioQuery query, List<ShownColumn> columns, int number) {
        var read = clusters.portfolio(query, (long) number * PAGE, PAGE);
        int last = (int) Math.max(0, (read.total() - 1) / PAGE);
        if (number > last) {
            return make(query, columns, last);
        }
        return new PortfolioCache.Page(markup(columns, rows(read.rows()), number, read.total()), read.total(),
                number);
    }

    private String markup(List<ShownColumn> columns, List<Row> rows, int number, long all) {
        return new PortfolioMarkup(this::text).table(columns, sorts().keySet(), sortKey, descending, rows, number, all);
    }

    private String text(String key, Object... parameters) {
        return getTranslation(key, parameters);
    }

    /** The page's rows with the contributed columns' values (one read per column). */
    private List<Row> rows(List<PortfolioRow> read) {
        List<UUID> ids = read.stream().map(row -> row.id().value()).toList();
        List<Map<UUID, String>> values = contributed.stream().map(column -> column.values(ids)).toList();
        return read.stream().map(row -> {
            String[] texts = new String[values.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = values.get(i).getOrDefault(row.id().value(), "");
            }
            return new Row(row.id().value(), row.name(), row.sector(), row.county(), row.status(),
                    row.latestMembers(), row.eccpRegistered(), row.eccpEligible(), texts);
        }).toList();
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
        var choosable = columns().stream().filter(column -> !column.key().equals("name")).toList();
        Map<String, String> headers = choosable.stream()
                .collect(Collectors.toMap(ShownColumn::key, ShownColumn::header, (a, b) -> a, LinkedHashMap::new));
        columnChoice.setItems(List.copyOf(headers.keySet()));
        columnChoice.setItemLabelGenerator(key -> headers.getOrDefault(key, key));
        columnChoice.setValue(headers.keySet().stream().filter(key -> !hidden.contains(key))
                .collect(Collectors.toSet()));
        columnChoice.addValueChangeListener(change -> {
            Set<String> chosen = new HashSet<>(headers.keySet());
            chosen.removeAll(change.getValue());
            hidden = Set.copyOf(chosen);
            if (hidden.contains(sortKey)) {
                sortKey = "name";
                descending = false;
            }
            show();
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

    private String eccpText(Row row) {
        if (row.eccpRegistered()) {
            return getTranslation("cluster.eccp.grid-registered");
        }
        return getTranslation(row.eccpEligible() ? "cluster.eccp.eligible" : "cluster.eccp.not-eligible");
    }

    private HorizontalLayout toolbar() {
        count.setId("cluster-count");
        count.addClassName("cluster-count");
        var toolbar = new HorizontalLayout(count, export, columnsMenu());
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true); // at 820 px the buttons go onto a second line instead of pushing the page sideways
        return toolbar;
    }

    /** The filters and the sort on screen as the portfolio's query (the search field: name, sector or county). */
    private PortfolioQuery query() {
        return new PortfolioQuery(null, status, sector, county, area,
                sorts().getOrDefault(sortKey, PortfolioQuery.Sort.NAME), descending, text);
    }

    private void applyFilters() {
        page = 0;
        show();
    }

    /** How many clusters the filters on screen keep (the count above the table). */
    long total() {
        return total;
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

    /** Header -> text of every shown row (all pages), in screen order (for tests). */
    Map<String, List<String>> shownTable() {
        var shown = new LinkedHashMap<String, List<String>>();
        List<Row> rows = allShown();
        visibleColumns().forEach(column -> shown.put(column.header(), rows.stream().map(column.text()).toList()));
        return shown;
    }

    /** The page's markup as on screen: what its address serves, or the element's content (for tests). */
    String pageMarkup() {
        String address = table.getElement().getAttribute("data-markup");
        return address == null ? table.getElement().getProperty("innerHTML", "")
                : markup.at(address).orElseThrow();
    }

    SharedMarkup sharedMarkup() {
        return markup;
    }

    ClusterService clusters() {
        return clusters;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clusters.title") + " – " + getTranslation("app.name");
    }
}
