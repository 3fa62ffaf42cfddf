package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.UI;
import se.klusterportalen.base.ui.Grids;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.base.ui.ImportProblemsGrid;
import se.klusterportalen.base.ui.ImportSourceLabel;
import se.klusterportalen.base.ui.ImportUpload;
import se.klusterportalen.base.ui.PortfolioColumn;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ImportKind;
import se.klusterportalen.cluster.ImportResult;
import se.klusterportalen.security.Permission;
import se.klusterportalen.spreadsheet.ImportProblem;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Import of clusters or member counts from .xlsx or .csv: upload, preview of what is created and changed (or
 * every error with row, column and reason), confirm. Any error means nothing is saved.
 */
@Route("clusters/import")
@RolesAllowed(Permission.CLUSTER_EDIT)
@StyleSheet("styles/cluster.css")
class ClusterImportView extends VerticalLayout implements HasDynamicTitle {

    private final ClusterService clusters;
    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final Upload upload = new ImportUpload("import-upload", this::preview);
    final Div preview = new Div();
    final Paragraph file = new Paragraph();
    final Span summary = new Span();
    final ImportSourceLabel source = new ImportSourceLabel("import-source");
    final Grid<ImportResult.Line> lines = new Grid<>();
    final Grid<ImportProblem> problems = new ImportProblemsGrid("import-problems");
    final Button confirm = new Button();
    final Paragraph ignored = new Paragraph();
    private final Set<String> readOnlyHeaders;
    private String fileName;
    private byte[] content;

    ClusterImportView(ClusterService clusters, List<PortfolioColumn> portfolioColumns) {
        this.clusters = clusters;
        this.readOnlyHeaders = PortfolioExport.readOnlyHeaders(this, portfolioColumns);
        ignored.setId("import-ignored-columns");
        setId("cluster-import-view");

        kind.setId("import-kind");
        kind.setLabel(getTranslation("cluster.import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("cluster.import.kind." + k.name()));
        kind.setValue(ImportKind.CLUSTERS);
        kind.addValueChangeListener(change -> {
            if (content != null) {
                preview(fileName, content);
            }
        });

        var templates = new HorizontalLayout(template(ImportKind.CLUSTERS), template(ImportKind.MEMBERS));


        summary.setId("import-summary");
        lines.setId("import-lines");
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        Grids.readable(lines);
        lines.addColumn(line -> Integer.toString(line.row())).setHeader(getTranslation("spreadsheet.row"))
                .setFlexGrow(0).setWidth("6em");
        lines.addColumn(ImportResult.Line::subject).setHeader(getTranslation("cluster.import.subject")).setFlexGrow(2);
        lines.addColumn(line -> getTranslation("cluster.import.action." + line.action().name()))
                .setHeader(getTranslation("cluster.import.action"));
        lines.addColumn(this::valuesRead).setHeader(getTranslation("cluster.import.values")).setFlexGrow(4);
        lines.setAllRowsVisible(true);

        confirm.setText(getTranslation("cluster.import.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // disabled from the first click; apply() decides whether it may be clicked again (not after a conflict)
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> apply());
        preview.setId("import-preview");
        preview.setWidthFull();
        preview.setVisible(false);
        preview.add(file, source, summary, ignored, problems, lines, confirm);

        add(new RouterLink(getTranslation("cluster.page.back"), ClusterListView.class),
                new H1(getTranslation("cluster.import.title")), new Paragraph(getTranslation("cluster.import.help")),
                kind, templates, upload, preview);
    }

    private Anchor template(ImportKind templateKind) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = clusters.importTemplate(templateKind);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    "mall-" + templateKind.name().toLowerCase(java.util.Locale.ROOT) + ".xlsx", ImportUpload.XLSX_TYPE, bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("cluster.import.template." + templateKind.name())));
        anchor.setId("import-template-" + templateKind.name().toLowerCase(java.util.Locale.ROOT));
        anchor.addClassName("cluster-link-button");
        return anchor;
    }

    /** Reads the file and shows what would happen; saves nothing. */
    void preview(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        file.setText(getTranslation("cluster.import.file", name));
        show(clusters.previewImport(kind.getValue(), name, bytes, readOnlyHeaders));
    }

    private void show(ImportResult result) {
        preview.setVisible(true);
        source.show(result.source());
        boolean rejected = result.refused();
        summary.setText(rejected ? getTranslation("cluster.import.summary.rejected", result.problems().size())
                : getTranslation("cluster.import.summary.ok", result.count(ImportResult.Action.CREATE),
                result.count(ImportResult.Action.CHANGE), result.count(ImportResult.Action.UNCHANGED)));
        summary.getElement().getThemeList().clear();
        summary.getElement().getThemeList().add(rejected ? "badge error" : "badge success");
        ignored.setText(getTranslation("cluster.import.ignored-columns", String.join(", ", result.ignoredColumns())));
        ignored.setVisible(!result.ignoredColumns().isEmpty());
        problems.setItems(result.problems());
        problems.setVisible(rejected);
        lines.setItems(result.lines().size() > 500 ? result.lines().subList(0, 500) : result.lines());
        lines.setVisible(!rejected);
        confirm.setEnabled(!rejected && result.count(ImportResult.Action.CREATE) + result.count(ImportResult.Action.CHANGE) > 0);
        confirm.setVisible(!rejected);
    }

    void apply() {
        var result = clusters.applyImport(kind.getValue(), fileName, content, readOnlyHeaders);
        if (result.refused()) {
            show(result);
            return;
        }
        Notification.show(getTranslation("cluster.import.done", result.count(ImportResult.Action.CREATE),
                result.count(ImportResult.Action.CHANGE))).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(ClusterListView.class);
    }

    /**
     * What a row of the file will save, as read and normalised: every value of a new cluster, the changed values of
     * an existing one ("Organisationsnummer: 559900-1236 · Län: Skåne län").
     */
    private String valuesRead(ImportResult.Line line) {
        var areaNames = new java.util.HashMap<String, String>();
        return line.values().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .filter(e -> line.action() == ImportResult.Action.CREATE || line.changedColumns().contains(e.getKey()))
                .map(e -> e.getKey() + ": " + shown(e.getKey(), e.getValue(), areaNames))
                .collect(Collectors.joining(" · "));
    }

    private String shown(String column, String value, Map<String, String> areaNames) {
        if (column.equals("Status")) {
            return getTranslation("cluster.state." + value);
        }
        if (column.equals("Smart specialisering")) {
            if (areaNames.isEmpty()) {
                clusters.areas().forEach(area -> areaNames.put(area.id().toString(), area.name()));
            }
            return Arrays.stream(value.split("\\|")).map(id -> areaNames.getOrDefault(id, id))
                    .collect(Collectors.joining(", "));
        }
        return value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cluster.import.title") + " – " + getTranslation("app.name");
    }
}
