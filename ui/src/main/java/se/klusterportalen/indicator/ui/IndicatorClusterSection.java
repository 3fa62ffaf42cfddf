package se.klusterportalen.indicator.ui;

import com.vaadin.flow.component.Component;
import se.klusterportalen.base.ui.Grids;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import se.klusterportalen.base.ui.ClusterPageSection;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.indicator.ClusterIndicators;
import se.klusterportalen.indicator.IndicatorService;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.util.Objects;
import java.util.UUID;

/**
 * The cluster page's indicator section: per indicator (the cluster's own and each network's) the value at every
 * round with the original text beside the interpreted value and a marker per kind, the reported and the computed
 * difference (a disagreement flagged), and the legend of the markers.
 */
@org.springframework.stereotype.Component
class IndicatorClusterSection implements ClusterPageSection {

    private final IndicatorService indicators;
    private final CurrentUser currentUser;

    IndicatorClusterSection(IndicatorService indicators, CurrentUser currentUser) {
        this.indicators = indicators;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 260;
    }

    @Override
    public String titleKey() {
        return "indicator.section.title";
    }

    @Override
    public boolean visible() {
        return currentUser.get().filter(user -> user.can(Permission.INDICATOR_VIEW)).isPresent();
    }

    @Override
    public Component render(UUID clusterId) {
        UI.getCurrent().getPage().addStyleSheet("context://styles/indicator.css");
        var section = new Div();
        section.setId("indicator-section");
        section.addClassName("indicator-section");
        ClusterIndicators table = indicators.ofCluster(new ClusterId(clusterId));
        if (table.lines().isEmpty()) {
            section.add(new Paragraph(section.getTranslation("indicator.section.none")));
            return section;
        }
        section.add(grid(section, table), new IndicatorTexts(section).legend());
        return section;
    }

    static Grid<ClusterIndicators.Line> grid(Component owner, ClusterIndicators table) {
        var texts = new IndicatorTexts(owner);
        var grid = new Grid<ClusterIndicators.Line>();
        grid.setId("indicator-cluster-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (table.lines().stream().anyMatch(line -> line.network() != null)) {
            Grids.readable(grid);
            grid.addColumn(line -> line.network() == null ? owner.getTranslation("indicator.section.own") : line.network())
                    .setHeader(owner.getTranslation("indicator.column.network")).setFlexGrow(1);
        }
        grid.addComponentColumn(line -> {
            var name = new Span(line.indicator().nameSv());
            if (line.indicator().gender() != null) {
                name.add(" (" + owner.getTranslation("indicator.gender." + Objects.requireNonNull(line.indicator().gender()).name()) + ")");
            }
            return name;
        }).setHeader(owner.getTranslation("indicator.column.indicator")).setFlexGrow(4);
        for (int i = 0; i < table.rounds().size(); i++) {
            int round = i;
            grid.addComponentColumn(line -> texts.cell(line.values().get(round)))
                    .setHeader(table.rounds().get(i).measuredOn().toString()).setFlexGrow(1);
        }
        grid.addComponentColumn(line -> texts.reported(line.reportedDifference()))
                .setHeader(owner.getTranslation("indicator.column.reported-difference")).setFlexGrow(1);
        grid.addComponentColumn(line -> texts.difference(line.computedDifference(), line.differenceMismatch()))
                .setHeader(owner.getTranslation("indicator.column.computed-difference")).setFlexGrow(1);
        grid.setItems(table.lines());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
