package se.klusterportalen.indicator.ui;

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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.base.ui.ImportUpload;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.indicator.IndicatorImportError;
import se.klusterportalen.indicator.IndicatorImportPreview;
import se.klusterportalen.indicator.IndicatorService;
import se.klusterportalen.indicator.NetworkTarget;
import se.klusterportalen.security.Permission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Import of a follow-up report in the block format: upload, see every network with where it goes (an existing
 * cluster, a new cluster or a network under a cluster — changeable), every indicator matched to the catalogue or
 * proposed as new, every value with its recognised kind and the differences (a disagreement flagged); or every
 * error with line, column and text. Nothing is saved until the officer confirms, and then all or nothing.
 */
@Route("indicators/import")
@RolesAllowed(Permission.INDICATOR_EDIT)
@StyleSheet("context://styles/indicator.css")
class IndicatorImportView extends VerticalLayout implements HasDynamicTitle {

    private final IndicatorService indicators;
    private final ClusterService clusters;
    private final IndicatorTexts texts = new IndicatorTexts(this);
    final Upload upload = new ImportUpload("indicator-import-upload", this::preview);
    final Div preview = new Div();
    final Paragraph file = new Paragraph();
    final Span summary = new Span();
    final Grid<IndicatorImportError> errors = new Grid<>();
    final Div networks = new Div();
    final Button confirm = new Button();
    final Map<String, Select<NetworkTarget>> targets = new LinkedHashMap<>();
    private @Nullable String fileName;
    private byte @Nullable [] content;

    IndicatorImportView(IndicatorService indicators, ClusterService clusters) {
        this.indicators = indicators;
        this.clusters = clusters;
        setId("indicator-import-view");
        upload.setAcceptedFileTypes(".tsv", ".txt", ".xlsx", ".csv", "text/tab-separated-values", "text/plain",
                ImportUpload.XLSX_TYPE, "text/csv");

        summary.setId("indicator-import-summary");
        errors.setId("indicator-import-errors");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grids.readable(errors);
        errors.addColumn(e -> Integer.toString(e.line())).setHeader(getTranslation("indicator.import.error.line"))
                .setFlexGrow(0).setWidth("6em");
        errors.addColumn(e -> Integer.toString(e.column())).setHeader(getTranslation("indicator.import.error.column"))
                .setFlexGrow(0).setWidth("7em");
        errors.addColumn(e -> getTranslation(e.messageKey(), e.text())).setHeader(getTranslation("indicator.import.error.reason"))
                .setFlexGrow(3);
        errors.addColumn(IndicatorImportError::text).setHeader(getTranslation("indicator.import.error.text"))
                .setFlexGrow(1);
        errors.setAllRowsVisible(true);

        networks.setId("indicator-import-networks");
        networks.setWidthFull();
        confirm.setText(getTranslation("indicator.import.confirm"));
        confirm.setId("indicator-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> apply());
        preview.setId("indicator-import-preview");
        preview.setWidthFull();
        preview.setVisible(false);
        preview.add(file, summary, errors, networks, confirm);

        add(new Anchor("indicators", getTranslation("indicator.import.back")),
                new H1(getTranslation("indicator.import.title")),
                new Paragraph(getTranslation("indicator.import.help")), upload, preview);
    }

    /** Reads the file and shows what would be saved; saves nothing. */
    void preview(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        file.setText(getTranslation("indicator.import.file", name));
        show(indicators.preview(name, bytes));
    }

    private void show(IndicatorImportPreview result) {
        preview.setVisible(true);
        boolean rejected = !result.accepted();
        summary.setText(rejected ? getTranslation("indicator.import.summary.rejected", result.errors().size())
                : getTranslation("indicator.import.summary.ok", result.networks().size(), result.values(),
                result.proposedIndicators(), result.mismatches()));
        summary.getElement().getThemeList().clear();
        summary.getElement().getThemeList().add(rejected ? "badge error" : "badge success");
        errors.setItems(result.errors());
        errors.setVisible(rejected);
        networks.removeAll();
        targets.clear();
        List<ClusterSummary> regionClusters = clusters.list().stream()
                .sorted(Comparator.comparing(ClusterSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
        for (var network : result.networks()) {
            networks.add(network(network, regionClusters));
        }
        networks.setVisible(!rejected);
        confirm.setVisible(!rejected);
    }

    private Div network(IndicatorImportPreview.NetworkPreview network, List<ClusterSummary> regionClusters) {
        var block = new Div();
        block.addClassName("indicator-import-network");
        block.add(new H3(network.name()));
        var target = new Select<NetworkTarget>();
        target.setLabel(getTranslation("indicator.import.target"));
        var options = new ArrayList<NetworkTarget>();
        options.add(NetworkTarget.newCluster(network.name()));
        regionClusters.forEach(c -> options.add(NetworkTarget.cluster(c.id(), c.name())));
        regionClusters.forEach(c -> options.add(NetworkTarget.networkOf(c.id(), c.name())));
        target.setItems(options);
        target.setItemLabelGenerator(t -> switch (t.kind()) {
            case NEW_CLUSTER -> getTranslation("indicator.import.target.new", network.name());
            case CLUSTER -> getTranslation("indicator.import.target.cluster", t.clusterName());
            case NETWORK_OF -> getTranslation("indicator.import.target.network", t.clusterName());
        });
        target.setValue(options.stream().filter(o -> o.kind() == network.target().kind()
                && java.util.Objects.equals(o.cluster(), network.target().cluster())).findFirst().orElse(options.getFirst()));
        target.setWidth("28em");
        target.addClassName("indicator-import-target");
        targets.put(network.name(), target);
        block.add(target);

        var grid = new Grid<IndicatorImportPreview.IndicatorRow>();
        grid.addClassName("indicator-import-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grids.readable(grid);
        grid.addColumn(row -> Integer.toString(row.line())).setHeader(getTranslation("indicator.column.line"))
                .setFlexGrow(0).setWidth("5em");
        grid.addComponentColumn(row -> {
            var name = new Div(new Span(row.name()));
            var badge = new Span(getTranslation(row.indicator() == null ? "indicator.import.new-indicator"
                    : "indicator.import.catalogue"));
            badge.getElement().getThemeList().add(row.indicator() == null ? "badge contrast small" : "badge success small");
            badge.getStyle().set("margin-left", "0.4em");
            name.add(badge);
            if (!row.writtenName().equals(row.name())) {
                var written = new Div(getTranslation("indicator.import.written-as", row.writtenName()));
                written.addClassName("indicator-original");
                name.add(written);
            }
            return name;
        }).setHeader(getTranslation("indicator.column.indicator")).setFlexGrow(4);
        for (int i = 0; i < network.dates().size(); i++) {
            int index = i;
            grid.addComponentColumn(row -> texts.cell(row.values().get(index).value()))
                    .setHeader(network.dates().get(i).toString()).setFlexGrow(1);
        }
        grid.addComponentColumn(row -> texts.reported(row.reportedDifference()))
                .setHeader(getTranslation("indicator.column.reported-difference")).setFlexGrow(1);
        grid.addComponentColumn(row -> texts.difference(row.computedDifference(), row.differenceMismatch()))
                .setHeader(getTranslation("indicator.column.computed-difference")).setFlexGrow(1);
        grid.setItems(network.indicators());
        grid.setAllRowsVisible(true);
        block.add(grid, texts.legend());
        return block;
    }

    void apply() {
        if (fileName == null || content == null) {
            return;
        }
        Map<String, NetworkTarget> chosen = new LinkedHashMap<>();
        targets.forEach((name, select) -> {
            if (select.getValue() != null) {
                chosen.put(name, select.getValue());
            }
        });
        var result = indicators.importFile(fileName, content, chosen);
        if (!result.accepted()) {
            show(result);
            return;
        }
        Notification.show(getTranslation("indicator.import.done", result.values()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate("indicators");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicator.import.title") + " – " + getTranslation("app.name");
    }
}
