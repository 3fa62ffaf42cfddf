package se.klusterportalen.indicator.ui;

import com.vaadin.flow.component.Svg;
import se.klusterportalen.base.ui.Grids;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.base.ui.ImportUpload;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.indicator.ClusterIndicators;
import se.klusterportalen.indicator.Gender;
import se.klusterportalen.indicator.IndicatorDefinition;
import se.klusterportalen.indicator.IndicatorRollup;
import se.klusterportalen.indicator.IndicatorService;
import se.klusterportalen.indicator.IndicatorValue;
import se.klusterportalen.indicator.MeasurementRound;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The region's indicators over the rounds: per indicator and date the sum of exact values with the count of values
 * that could not be summed beside it ("1 416 + 2 ej summerbara"), ranges summed as ranges, the gender parts beside
 * their total, and a small chart over the rounds; the whole indicator table as Excel.
 */
@Route("indicators")
@Menu(order = 45, title = "indicator.nav", icon = "LINE_BAR_CHART")
@RolesAllowed(Permission.INDICATOR_VIEW)
@StyleSheet("context://styles/indicator.css")
class IndicatorsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<IndicatorRollup> rollup = new Grid<>();
    private final IndicatorService indicators;
    private final ClusterService clusters;
    private final IndicatorTexts texts = new IndicatorTexts(this);

    IndicatorsView(IndicatorService indicators, ClusterService clusters, CurrentUser currentUser) {
        this.indicators = indicators;
        this.clusters = clusters;
        setId("indicators-view");
        add(new H1(getTranslation("indicator.title")), new Paragraph(getTranslation("indicator.intro")));
        var actions = new HorizontalLayout();
        if (currentUser.get().filter(user -> user.can(Permission.INDICATOR_EDIT)).isPresent()) {
            var importLink = new Anchor("indicators/import", getTranslation("indicator.import.link"));
            importLink.setId("indicators-import-link");
            actions.add(importLink);
        }
        List<IndicatorRollup> totals = indicators.rollup();
        List<MeasurementRound> rounds = indicators.rounds();
        if (totals.isEmpty()) {
            add(actions, new Paragraph(getTranslation("indicator.none")));
            return;
        }
        var export = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = excel();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "indikatorer.xlsx", ImportUpload.XLSX_TYPE,
                    bytes.length);
        }), "");
        export.setId("indicators-export");
        export.addClassName("portal-link-button"); // as high and large as the buttons beside it
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("indicator.export")));
        export.getElement().setAttribute("download", true);
        actions.add(export);
        add(actions);

        Map<UUID, List<IndicatorRollup>> partsOf = totals.stream().filter(t -> t.indicator().total() != null)
                .collect(Collectors.groupingBy(t -> Objects.requireNonNull(t.indicator().total())));
        var shown = totals.stream().filter(t -> t.indicator().total() == null
                || totals.stream().noneMatch(o -> o.indicator().id().equals(t.indicator().total()))).toList();

        rollup.setId("indicators-rollup");
        rollup.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grids.readable(rollup);
        rollup.addColumn(t -> name(t.indicator())).setHeader(getTranslation("indicator.column.indicator"))
                .setFlexGrow(3);
        for (int i = 0; i < rounds.size(); i++) {
            int round = i;
            rollup.addComponentColumn(t -> {
                var cell = new Div();
                cell.addClassName("indicator-total");
                var total = new Div(texts.total(t.rounds().get(round), t.indicator().summable()));
                total.addClassName("indicator-total-main");
                cell.add(total);
                for (var part : partsOf.getOrDefault(t.indicator().id(), List.of())) {
                    var line = new Div(getTranslation("indicator.gender." + Objects.requireNonNull(part.indicator().gender()).name())
                            + ": " + texts.total(part.rounds().get(round), part.indicator().summable()));
                    line.addClassName("indicator-total-part");
                    cell.add(line);
                }
                return cell;
            }).setHeader(rounds.get(i).measuredOn().toString()).setFlexGrow(2);
        }
        rollup.addComponentColumn(t -> {
            var chart = new Svg();
            chart.setSvg(IndicatorChartSvg.render(t.rounds(), getTranslation("indicator.chart.title", name(t.indicator()))));
            chart.addClassName("indicator-chart");
            return chart;
        }).setHeader(getTranslation("indicator.column.chart")).setWidth("270px").setFlexGrow(0);
        rollup.setItems(shown);
        rollup.setAllRowsVisible(true);
        add(rollup);
    }

    private String name(IndicatorDefinition indicator) {
        String name = indicator.name(getLocale().getLanguage().equals("en"));
        Gender gender = indicator.gender();
        return gender == null ? name : name + " (" + getTranslation("indicator.gender." + gender.name()) + ")";
    }

    /** Every cluster's and network's values: per round the original text and the interpreted value side by side. */
    byte[] excel() {
        List<MeasurementRound> rounds = indicators.rounds();
        Map<UUID, String> clusterNames = clusters.list().stream()
                .collect(Collectors.toMap(c -> c.id().value(), ClusterSummary::name));
        var headers = new ArrayList<>(List.of(getTranslation("indicator.column.cluster"),
                getTranslation("indicator.column.network"), getTranslation("indicator.column.indicator")));
        for (var round : rounds) {
            headers.add(round.measuredOn() + " " + getTranslation("indicator.column.text"));
            headers.add(round.measuredOn() + " " + getTranslation("indicator.column.value"));
        }
        headers.add(getTranslation("indicator.column.reported-difference"));
        headers.add(getTranslation("indicator.column.computed-difference"));
        var rows = new ArrayList<List<String>>();
        for (ClusterIndicators table : indicators.regionTable()) {
            Map<UUID, Integer> column = new java.util.HashMap<>();
            for (int i = 0; i < table.rounds().size(); i++) {
                column.put(table.rounds().get(i).id(), i);
            }
            for (var line : table.lines()) {
                var row = new ArrayList<>(List.of(clusterNames.getOrDefault(table.cluster().value(), ""),
                        line.network() == null ? "" : line.network(), name(line.indicator())));
                for (var round : rounds) {
                    Integer index = column.get(round.id());
                    IndicatorValue value = index == null ? null : line.values().get(index);
                    row.add(value == null ? "" : value.text());
                    row.add(value == null || value.kind().missing() ? "" : texts.interpreted(value));
                }
                row.add(line.reportedDifference() == null ? "" : line.reportedDifference().text());
                row.add(line.computedDifference().value() == null
                        ? getTranslation("indicator.difference." + line.computedDifference().status().name())
                        : texts.interpreted(line.computedDifference().value()));
                rows.add(row);
            }
        }
        return indicators.exportSpreadsheet(getTranslation("indicator.nav"), headers, rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicator.title") + " – " + getTranslation("app.name");
    }
}
