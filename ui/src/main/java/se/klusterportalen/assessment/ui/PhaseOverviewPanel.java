package se.klusterportalen.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import se.klusterportalen.base.ui.SharedMarkup;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import org.springframework.web.util.HtmlUtils;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The overview's phase panel: the newest fixed round's clusters per phase, overall and per dimension, with the
 * medians and the change since the previous fixed round, and the portfolio matrix as a heat map. The heading links
 * to the matrix page, cluster names to the cluster pages (for users who may open them).
 */
@org.springframework.stereotype.Component
class PhaseOverviewPanel implements OverviewPanel<PhaseOverviewPanel.Phases> {

    /** What the panel shows, texts in the request's language: immutable, shared between sessions (issue #19). */
    sealed interface Phases permits Shown, NoneInPeriod {
    }

    /** The region has fixed rounds, but none in the chosen programme's period. */
    record NoneInPeriod(String heading, String text) implements Phases {
    }

    /**
     * The newest fixed round's phases.
     *
     * @param href     the matrix on that round
     * @param title    the heading
     * @param change   the sentence on the change since the previous round
     * @param distribution the distribution table's caption, head and rows (overall, then per dimension) as markup
     *                 ({@link #distribution}): one instance per cache entry, as the heat map
     * @param legend   the phases' names and colours
     * @param matrix   the heat map's heading
     * @param heatMap  the heat map's rows as markup ({@link #heatMap}): one instance per cache entry, shared by every
     *                 session showing it
     * @param key      the dimension codes with their names
     * @param ties     the note on tie-breaks, when a cluster's overall phase was one
     */
    record Shown(String href, String title, String change, String distribution, List<Swatch> legend, String matrix,
                 String heatMap, String key, Optional<String> ties) implements Phases {
        Shown {
            legend = List.copyOf(legend);
        }
    }

    /** A phase in the legend. */
    record Swatch(String text, String colour) {
    }

    private final AssessmentService assessments;
    private final CurrentUser currentUser;
    private final SharedMarkup sharedMarkup;

    /** The panel's markup per content (one per cache entry; the entry's going lets it go). */
    private final Map<Shown, String> built = Collections.synchronizedMap(new WeakHashMap<>());

    PhaseOverviewPanel(AssessmentService assessments, CurrentUser currentUser, SharedMarkup sharedMarkup) {
        this.assessments = assessments;
        this.currentUser = currentUser;
        this.sharedMarkup = sharedMarkup;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public boolean visible() {
        return can(Permission.ASSESSMENT_VIEW);
    }

    /**
     * The chosen programme's phases: its clusters in the newest fixed round opened within its years
     * ({@link AssessmentService#phaseDistribution(java.util.Collection, int, int)}); the whole region's newest round
     * when the user sees no programme or the region has none. A region with fixed rounds but none in the programme's
     * period says so.
     */
    @Override
    public Optional<Phases> read(Scope scope) {
        Optional<ProgrammeSummary> programme = programme(scope);
        if (programme.isEmpty()) {
            return assessments.phaseDistribution().map(this::shown);
        }
        var chosen = programme.get();
        var distribution = assessments.phaseDistribution(chosen.clusters(), chosen.startYear(), chosen.endYear());
        if (distribution.isPresent()) {
            return distribution.map(this::shown);
        }
        if (assessments.rounds().stream().noneMatch(round -> round.fixed() > 0)) {
            return Optional.empty();
        }
        var ui = UI.getCurrent();
        return Optional.of(new NoneInPeriod(ui.getTranslation("assessment.overview.heading"),
                ui.getTranslation("assessment.overview.none-in-period", chosen.name(), chosen.period())));
    }

    @Override
    public Component show(Phases phases) {
        return switch (phases) {
            case Shown shown -> panel(shown);
            case NoneInPeriod none -> {
                var heading = new H2(new Anchor(MatrixView.ROUTE, none.heading()));
                heading.addClassName("portal-panel-title");
                var text = new Paragraph(none.text());
                text.setId("overview-phases-none");
                var panel = new Div(heading, text);
                panel.setId("overview-phases");
                panel.addClassNames("portal-panel", "phase-overview");
                yield panel;
            }
        };
    }

    private Optional<ProgrammeSummary> programme(Scope scope) {
        if (!can(Permission.PROGRAMME_VIEW)) {
            return Optional.empty();
        }
        return scope.chosen();
    }

    /** The distribution's texts and the heat map's markup. */
    private Shown shown(PhaseDistribution distribution) {
        var ui = UI.getCurrent();
        PortfolioMatrix newest = distribution.newest();
        PhaseModel model = newest.model();
        Locale language = ui.getLocale();
        String change = ui.getTranslation("assessment.overview.fixed", Formats.integer(newest.rows().size()))
                + " " + distribution.previous().map(before -> ui.getTranslation("assessment.overview.change",
                        before.round().name(), Formats.integer(distribution.rose()), Formats.integer(distribution.fell()),
                        Formats.integer(distribution.same())))
                .orElse(ui.getTranslation("assessment.overview.no-previous"));
        String table = distribution(distribution, model, language, ui);
        var legend = model.phases().stream().map(phase -> new Swatch(phase.number() + " " + phase.name().in(language),
                PhaseColours.phase(phase.number()))).toList();
        String key = model.dimensions().stream().map(d -> d.code() + " " + d.name().in(language))
                .collect(java.util.stream.Collectors.joining(" · "));
        boolean ties = newest.rows().stream().anyMatch(row -> row.evaluation().tieBreak() != TieBreak.NONE);
        return new Shown(MatrixView.href(newest.round().id()),
                ui.getTranslation("assessment.overview.title", newest.round().name()), change, table, legend,
                ui.getTranslation("assessment.overview.matrix"), heatMap(newest, ui), key,
                ties ? Optional.of(ui.getTranslation("assessment.matrix.legend")) : Optional.empty());
    }

    /**
     * The panel: one element whose content, the whole panel as markup ({@link #markup(Shown)}), the browser fetches
     * from its address ({@link SharedMarkup}, issue #19): neither the session's state tree nor Vaadin's kept answer
     * holds the heat map (about 70 000 characters at 300 clusters), and the panel is one state node instead of about
     * twenty. Headings, links, captions and table heads are the same elements as before.
     */
    private Component panel(Shown shown) {
        var panel = new Div();
        panel.setId("overview-phases");
        panel.addClassNames("portal-panel", "phase-overview");
        sharedMarkup.fill(panel, built.computeIfAbsent(shown, PhaseOverviewPanel::markup));
        return panel;
    }

    /**
     * The panel's content as markup: the heading linking to the matrix, the change, the distribution table, the
     * heat map's heading, legend and table, the key of dimension codes and the tie-break note. Characters above
     * U+00FF as character references, so the one String per content is one byte per character.
     */
    static String markup(Shown shown) {
        var html = new StringBuilder(shown.heatMap().length() + shown.distribution().length() + 2048);
        html.append("<h2 class=\"portal-panel-title\"><a href=\"").append(escape(shown.href())).append("\">")
                .append(escape(shown.title())).append("</a></h2><p id=\"overview-phases-change\">")
                .append(escape(shown.change())).append("</p><div class=\"phase-scroll\">")
                .append("<table id=\"overview-phases-distribution\" class=\"phase-table phase-distribution\">")
                .append(shown.distribution()).append("</table></div><h3>").append(escape(shown.matrix()))
                .append("</h3><div class=\"phase-legend\">");
        shown.legend().forEach(swatch -> html.append("<span style=\"background-color: ")
                .append(escape(swatch.colour())).append("\">").append(escape(swatch.text())).append("</span>"));
        html.append("</div><div class=\"phase-scroll\">")
                .append("<table id=\"overview-phases-heatmap\" class=\"phase-table phase-heatmap\">")
                .append(shown.heatMap()).append("</table></div><p id=\"overview-phases-key\" class=\"phase-key\">")
                .append(escape(shown.key())).append("</p>");
        shown.ties().ifPresent(text -> html.append("<p id=\"overview-phases-ties\" class=\"assessment-legend\">")
                .append(escape(text)).append("</p>"));
        return SharedMarkup.latin1(html);
    }

    /**
     * The distribution table's content as markup: its caption, a head row (dimension, each phase, median, change of
     * the median) and a row per line (overall first, {@code id="overview-phases-<code>"}, the row head with
     * {@code scope=row}); each phase cell shows its count and the change since the previous round in a
     * {@code phase-change} span, coloured by the share of clusters ({@link PhaseColours#share}).
     */
    private static String distribution(PhaseDistribution distribution, PhaseModel model, Locale language, UI ui) {
        var html = new StringBuilder(4096);
        html.append("<caption>").append(escape(ui.getTranslation("assessment.overview.distribution")))
                .append("</caption><thead><tr><th>").append(escape(ui.getTranslation("assessment.overview.dimension")))
                .append("</th>");
        distribution.phases().forEach(p -> html.append("<th>")
                .append(escape(ui.getTranslation("assessment.overview.phase", String.valueOf(p)))).append("</th>"));
        html.append("<th>").append(escape(ui.getTranslation("assessment.median"))).append("</th><th>")
                .append(escape(ui.getTranslation("assessment.overview.median-change")))
                .append("</th></tr></thead><tbody>");
        var rows = new ArrayList<PhaseDistribution.Row>();
        rows.add(distribution.overall());
        rows.addAll(distribution.dimensions());
        int total = distribution.newest().rows().size();
        for (PhaseDistribution.Row row : rows) {
            html.append("<tr id=\"overview-phases-").append(escape(row.dimensionCode().orElse("overall"))).append('"');
            if (row.dimensionCode().isEmpty()) {
                html.append(" class=\"phase-overall\"");
            }
            html.append("><th scope=\"row\">").append(escape(row.dimensionCode()
                    .map(code -> model.dimension(code).name().in(language))
                    .orElse(ui.getTranslation("assessment.overview.overall")))).append("</th>");
            var countChange = row.countChange();
            for (int i = 0; i < row.counts().size(); i++) {
                int count = row.counts().get(i);
                html.append("<td class=\"phase-count\" style=\"background-color: ")
                        .append(escape(PhaseColours.share(count, total))).append("\"><span>")
                        .append(escape(Formats.integer(count))).append("</span>");
                int index = i;
                countChange.ifPresent(c -> html.append("<span class=\"phase-change\">(")
                        .append(escape(signed(c.get(index)))).append(")</span>"));
                html.append("</td>");
            }
            html.append("<td class=\"phase-number\">").append(escape(row.median().map(Formats::decimal).orElse("–")))
                    .append("</td><td class=\"phase-number\">")
                    .append(escape(row.medianChange().map(PhaseOverviewPanel::signed).orElse("–")))
                    .append("</td></tr>");
        }
        return html.append("</tbody>").toString();
    }

    /**
     * Clusters × dimensions + overall, each cell coloured by its phase; the medians in the last row. One static
     * fragment (issue #19): a {@code <table>} whose content is built here as escaped markup, a single component
     * whatever the region's size (as Vaadin components it was about 14 state nodes per cluster in every session on
     * the overview). Row and column heads are {@code <th scope>}, the dimension codes {@code <abbr>}, clusters plain
     * links; the cell classes {@code ph0}…{@code ph4} carry {@link PhaseColours#phase} (styles/portal.css).
     */
    private String heatMap(PortfolioMatrix matrix, UI ui) {
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
        return html.toString();
    }

    /** The colour class of a phase: {@code ph0} … {@code ph4}, phases above 4 as 4 ({@link PhaseColours#phase}). */
    private static int colour(int phase) {
        return Math.clamp(phase, 0, 4);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
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
