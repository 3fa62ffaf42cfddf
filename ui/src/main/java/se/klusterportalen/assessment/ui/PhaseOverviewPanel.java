package se.klusterportalen.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.assessment.Dimension;
import se.klusterportalen.assessment.MatrixRow;
import se.klusterportalen.assessment.PhaseColours;
import se.klusterportalen.assessment.TieBreak;
import se.klusterportalen.assessment.PhaseDistribution;
import se.klusterportalen.assessment.PhaseModel;
import se.klusterportalen.assessment.PortfolioMatrix;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.OverviewPanel;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import org.springframework.web.util.HtmlUtils;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The overview's phase panel: the newest fixed round's clusters per phase, overall and per dimension, with the
 * medians and the change since the previous fixed round, and the portfolio matrix as a heat map. The heading links
 * to the matrix page, cluster names to the cluster pages (for users who may open them).
 */
@org.springframework.stereotype.Component
class PhaseOverviewPanel implements OverviewPanel {

    private final AssessmentService assessments;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;

    PhaseOverviewPanel(AssessmentService assessments, ProgrammeService programmes, CurrentUser currentUser) {
        this.assessments = assessments;
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public boolean visible() {
        return can(Permission.ASSESSMENT_VIEW);
    }

    @Override
    public Optional<Component> render() {
        return render(Scope.newest());
    }

    /**
     * The chosen programme's phases: its clusters in the newest fixed round opened within its years
     * ({@link AssessmentService#phaseDistribution(java.util.Collection, int, int)}); the whole region's newest round
     * when the user sees no programme or the region has none. A region with fixed rounds but none in the programme's
     * period says so.
     */
    @Override
    public Optional<Component> render(Scope scope) {
        Optional<ProgrammeSummary> programme = programme(scope);
        if (programme.isEmpty()) {
            return assessments.phaseDistribution().map(this::panel);
        }
        var chosen = programme.get();
        var distribution = assessments.phaseDistribution(chosen.clusters(), chosen.startYear(), chosen.endYear());
        if (distribution.isPresent()) {
            return distribution.map(this::panel);
        }
        if (assessments.rounds().stream().noneMatch(round -> round.fixed() > 0)) {
            return Optional.empty();
        }
        var ui = UI.getCurrent();
        var heading = new H2(new Anchor(MatrixView.ROUTE, ui.getTranslation("assessment.overview.heading")));
        heading.addClassName("portal-panel-title");
        var none = new Paragraph(ui.getTranslation("assessment.overview.none-in-period", chosen.name(),
                chosen.period()));
        none.setId("overview-phases-none");
        var panel = new Div(heading, none);
        panel.setId("overview-phases");
        panel.addClassNames("portal-panel", "phase-overview");
        return Optional.of(panel);
    }

    private Optional<ProgrammeSummary> programme(Scope scope) {
        if (!can(Permission.PROGRAMME_VIEW)) {
            return Optional.empty();
        }
        List<ProgrammeSummary> all = programmes.list();
        return scope.programme().flatMap(id -> all.stream().filter(p -> p.id().value().equals(id)).findFirst())
                .or(() -> all.stream().findFirst());
    }

    private Component panel(PhaseDistribution distribution) {
        var ui = UI.getCurrent();
        PortfolioMatrix newest = distribution.newest();
        PhaseModel model = newest.model();
        Locale language = ui.getLocale();
        // the heading opens the matrix on the round it speaks of
        var heading = new H2(new Anchor(MatrixView.href(newest.round().id()),
                ui.getTranslation("assessment.overview.title", newest.round().name())));
        heading.addClassName("portal-panel-title");
        var change = new Paragraph(ui.getTranslation("assessment.overview.fixed", Formats.integer(newest.rows().size()))
                + " " + distribution.previous().map(before -> ui.getTranslation("assessment.overview.change",
                        before.round().name(), Formats.integer(distribution.rose()), Formats.integer(distribution.fell()),
                        Formats.integer(distribution.same())))
                .orElse(ui.getTranslation("assessment.overview.no-previous")));
        change.setId("overview-phases-change");

        var table = new NativeTable();
        table.setId("overview-phases-distribution");
        table.addClassNames("phase-table", "phase-distribution");
        table.setCaptionText(ui.getTranslation("assessment.overview.distribution"));
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(ui.getTranslation("assessment.overview.dimension"));
        distribution.phases().forEach(p -> head.addHeaderCell().setText(ui.getTranslation("assessment.overview.phase",
                String.valueOf(p))));
        head.addHeaderCell().setText(ui.getTranslation("assessment.median"));
        head.addHeaderCell().setText(ui.getTranslation("assessment.overview.median-change"));
        var rows = new ArrayList<PhaseDistribution.Row>();
        rows.add(distribution.overall());
        rows.addAll(distribution.dimensions());
        int total = newest.rows().size();
        for (PhaseDistribution.Row row : rows) {
            var tr = table.getBody().addRow();
            tr.setId("overview-phases-" + row.dimensionCode().orElse("overall"));
            var name = tr.addHeaderCell();
            name.setText(row.dimensionCode().map(code -> model.dimension(code).name().in(language))
                    .orElse(ui.getTranslation("assessment.overview.overall")));
            name.getElement().setAttribute("scope", "row");
            if (row.dimensionCode().isEmpty()) {
                tr.addClassName("phase-overall");
            }
            var countChange = row.countChange();
            for (int i = 0; i < row.counts().size(); i++) {
                int count = row.counts().get(i);
                var cell = tr.addDataCell();
                cell.addClassName("phase-count");
                cell.getStyle().set("background-color", PhaseColours.share(count, total));
                cell.add(new Span(Formats.integer(count)));
                int index = i;
                countChange.ifPresent(c -> {
                    var delta = new Span("(" + signed(c.get(index)) + ")");
                    delta.addClassName("phase-change");
                    cell.add(delta);
                });
            }
            var median = tr.addDataCell();
            median.addClassName("phase-number");
            median.setText(row.median().map(Formats::decimal).orElse("–"));
            var medianChange = tr.addDataCell();
            medianChange.addClassName("phase-number");
            medianChange.setText(row.medianChange().map(PhaseOverviewPanel::signed).orElse("–"));
        }

        var key = new Paragraph(model.dimensions().stream().map(d -> d.code() + " " + d.name().in(language))
                .collect(java.util.stream.Collectors.joining(" · ")));
        key.setId("overview-phases-key");
        key.addClassName("phase-key");
        var panel = new Div(heading, change, scroll(table), new H3(ui.getTranslation("assessment.overview.matrix")),
                legend(model, language), scroll(heatMap(newest, ui)), key);
        if (newest.rows().stream().anyMatch(row -> row.evaluation().tieBreak() != TieBreak.NONE)) {
            var ties = new Paragraph(ui.getTranslation("assessment.matrix.legend"));
            ties.setId("overview-phases-ties");
            ties.addClassName("assessment-legend");
            panel.add(ties);
        }
        panel.setId("overview-phases");
        panel.addClassNames("portal-panel", "phase-overview");
        return panel;
    }

    private Component legend(PhaseModel model, Locale language) {
        var legend = new Div();
        legend.addClassName("phase-legend");
        model.phases().forEach(phase -> {
            var swatch = new Span(phase.number() + " " + phase.name().in(language));
            swatch.getStyle().set("background-color", PhaseColours.phase(phase.number()));
            legend.add(swatch);
        });
        return legend;
    }

    /**
     * Clusters × dimensions + overall, each cell coloured by its phase; the medians in the last row. One static
     * fragment (issue #19): a {@code <table>} whose content is built here as escaped markup, a single component
     * whatever the region's size (as Vaadin components it was about 14 state nodes per cluster in every session on
     * the overview). Row and column heads are {@code <th scope>}, the dimension codes {@code <abbr>}, clusters plain
     * links; the cell classes {@code ph0}…{@code ph4} carry {@link PhaseColours#phase} (styles/portal.css).
     */
    private NativeTable heatMap(PortfolioMatrix matrix, UI ui) {
        var model = matrix.model();
        var html = new StringBuilder(256 + matrix.rows().size() * (80 + 14 * (model.dimensions().size() + 1)));
        html.append("<thead><tr><th scope=\"col\">").append(escape(ui.getTranslation("assessment.cluster")))
                .append("</th>");
        // a dimension's full name where the panel is wide; its code (with the name as title) where it is narrow, as
        // on a tablet beside the navigation, so the whole matrix fits without scrolling (key below the table)
        for (Dimension d : model.dimensions()) {
            String name = escape(d.name().in(ui.getLocale()));
            html.append("<th scope=\"col\"><span class=\"phase-head-full\">").append(name)
                    .append("</span><abbr title=\"").append(name).append("\" class=\"phase-head-short\">")
                    .append(escape(d.code())).append("</abbr></th>");
        }
        html.append("<th scope=\"col\">").append(escape(ui.getTranslation("assessment.overview.overall")))
                .append("</th></tr></thead><tbody>");
        // the rows as compact as HTML allows (they are most of the markup a session keeps): cell and row end tags
        // are implied, attribute values without spaces need no quotes
        boolean linkClusters = can(Permission.CLUSTER_VIEW);
        for (MatrixRow row : matrix.rows()) {
            html.append("<tr><th scope=row>");
            if (linkClusters) {
                html.append("<a href=clusters/").append(row.clusterId().value()).append('>')
                        .append(escape(row.clusterName())).append("</a>");
            } else {
                html.append(escape(row.clusterName()));
            }
            for (Dimension dimension : model.dimensions()) {
                int phase = row.evaluation().phaseOf(dimension.code());
                html.append("<td class=ph").append(colour(phase)).append('>').append(phase);
            }
            // "2*" as in the phase matrix
            html.append("<td class=\"ph").append(colour(row.evaluation().overall())).append(" phase-overall\">")
                    .append(escape(PhaseTexts.overall(row.evaluation())));
        }
        html.append("<tr class=phase-median><th scope=row>").append(escape(ui.getTranslation("assessment.median")));
        for (Dimension dimension : model.dimensions()) {
            html.append("<td>").append(escape(Optional.ofNullable(matrix.dimensionMedians().get(dimension.code()))
                    .map(Formats::decimal).orElse("–")));
        }
        html.append("<td>").append(escape(matrix.overallMedian().map(Formats::decimal).orElse("–")))
                .append("</tbody>");
        // the table's element is a component; its rows are markup set as its content, not components
        var table = new NativeTable();
        table.setId("overview-phases-heatmap");
        table.addClassNames("phase-table", "phase-heatmap");
        table.getElement().setProperty("innerHTML", html.toString());
        return table;
    }

    /** The colour class of a phase: {@code ph0} … {@code ph4}, phases above 4 as 4 ({@link PhaseColours#phase}). */
    private static int colour(int phase) {
        return Math.clamp(phase, 0, 4);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private static Div scroll(Component table) {
        var scroll = new Div(table);
        scroll.addClassName("phase-scroll");
        return scroll;
    }

    static String signed(int value) {
        return value > 0 ? "+" + Formats.integer(value) : value < 0 ? "\u2212" + Formats.integer(-value) : "\u00b10";
    }

    static String signed(BigDecimal value) {
        String text = Formats.decimal(value.abs());
        return value.signum() > 0 ? "+" + text : value.signum() < 0 ? "\u2212" + text : "\u00b10";
    }

    private boolean can(String permission) {
        return currentUser.get().filter(user -> user.can(permission)).isPresent();
    }
}
