package se.klusterportalen.report;

import se.klusterportalen.assessment.Dimension;
import se.klusterportalen.assessment.DimensionPhase;
import se.klusterportalen.assessment.MatrixRow;
import se.klusterportalen.assessment.PhaseColours;
import se.klusterportalen.assessment.PhaseDistribution;
import se.klusterportalen.assessment.PhaseModel;
import se.klusterportalen.assessment.PortfolioMatrix;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.funding.Basis;
import se.klusterportalen.funding.ClusterFundingPlan;
import se.klusterportalen.funding.FundingChartSvg;
import se.klusterportalen.funding.FundingMix;
import se.klusterportalen.funding.Kronor;
import se.klusterportalen.funding.ProgrammeFunding;
import se.klusterportalen.label.LabelRecord;
import se.klusterportalen.programme.GoalEvaluation;
import se.klusterportalen.programme.GoalStatus;
import se.klusterportalen.programme.MilestoneRecord;
import se.klusterportalen.programme.MilestoneStatus;
import se.klusterportalen.programme.Shortfall;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reports as XHTML for {@link PdfRenderer}: print CSS for A4 with the region and date at the top and page
 * numbers at the bottom of every page, tables whose header row repeats on each page, charts as inline SVG.
 * Figures are written the Swedish way in both languages ("1 250 000 kr", "2026-11-29").
 */
final class ReportHtml {

    private static final Locale SWEDISH = Locale.of("sv", "SE");

    private ReportHtml() {
    }

    // ---------------------------------------------------------------- region report

    static String region(RegionReport report, ReportTexts t) {
        var html = new StringBuilder();
        String title = t.t("report.region.title", report.regionName());
        start(html, title, report.regionName(), report.date().toString(), t);
        html.append("<h1>").append(esc(title)).append("</h1>");
        report.programme().ifPresent(p -> html.append("<p class=\"lead\">").append(esc(t.t("report.programme",
                p.label()))).append("</p>"));
        figures(html, report, t);
        goals(html, report, t);
        funding(html, report, t);
        distribution(html, report, t);
        matrix(html, report, t);
        portfolio(html, report, t);
        milestones(html, report, t);
        return end(html);
    }

    private static void figures(StringBuilder html, RegionReport report, ReportTexts t) {
        long active = report.portfolio().stream().filter(r -> r.cluster().status() == ClusterStatus.ACTIVE).count();
        int members = report.portfolio().stream().mapToInt(r -> r.members().orElse(0)).sum();
        long labelled = report.portfolio().stream().filter(r -> r.label().isPresent()).count();
        html.append("<h2>").append(esc(t.t("report.figures"))).append("</h2><table class=\"figures\"><tr>");
        figure(html, integer(report.portfolio().size()), t.t("report.figures.clusters", integer(active)));
        figure(html, integer(members), t.t("report.figures.members"));
        figure(html, integer(labelled), t.t("report.figures.labelled"));
        long achieved = report.goals().stream().filter(g -> g.status() == GoalStatus.ACHIEVED
                || g.status() == GoalStatus.ON_TRACK).count();
        figure(html, integer(achieved) + " / " + integer(report.goals().size()), t.t("report.figures.goals"));
        html.append("</tr></table>");
    }

    private static void figure(StringBuilder html, String value, String label) {
        html.append("<td><span class=\"value\">").append(esc(value)).append("</span><br/><span class=\"label\">")
                .append(esc(label)).append("</span></td>");
    }

    private static void goals(StringBuilder html, RegionReport report, ReportTexts t) {
        if (report.goals().isEmpty()) {
            return;
        }
        html.append("<h2>").append(esc(t.t("report.goals"))).append("</h2>");
        table(html, "goals", t.t("report.goals.caption"), t.t("report.goals.goal"), t.t("report.goals.status"),
                t.t("report.goals.deadline"), t.t("report.goals.why"));
        for (GoalEvaluation goal : report.goals()) {
            html.append("<tr><td>").append(esc(goal.definition().title())).append("</td><td class=\"status ")
                    .append(goal.status().name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(esc(t.t("report.goal.status." + goal.status().name()))).append("</td><td class=\"nowrap\">")
                    .append(goal.definition().deadline()).append("</td><td>").append(esc(why(goal, t)))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    /** How many clusters a goal's "saknas:" names before "och 290 till". */
    static final int NAMED_SHORTFALLS = 10;

    /** "3 av minst 5 — saknas: A, B", or the officer's comment for a manual goal. */
    static String why(GoalEvaluation goal, ReportTexts t) {
        var parts = new StringBuilder();
        goal.figure().ifPresent(figure -> parts.append(figure.unit() == GoalEvaluation.Figure.Unit.CLUSTERS
                ? t.t("report.goal.clusters", integer(figure.value()), integer(figure.target()))
                : t.t("report.goal.kronor", kronor(figure.value()), kronor(figure.target()))));
        if (!goal.shortfalls().isEmpty() && goal.status() != GoalStatus.ACHIEVED) {
            List<String> names = goal.shortfalls().stream().map(Shortfall::clusterName).toList();
            // a large region's report names the first few; the portfolio table and the programme page have all
            String listed = String.join(", ", names.subList(0, Math.min(names.size(), NAMED_SHORTFALLS)))
                    + (names.size() > NAMED_SHORTFALLS
                    ? " " + t.t("report.goal.more", integer(names.size() - NAMED_SHORTFALLS)) : "");
            parts.append(parts.isEmpty() ? "" : " — ").append(t.t("report.goal.missing", listed));
        }
        if (parts.isEmpty() && goal.comment() != null && !goal.comment().isBlank()) {
            parts.append(goal.comment());
        }
        return parts.toString();
    }

    private static void funding(StringBuilder html, RegionReport report, ReportTexts t) {
        if (report.funding().isEmpty()) {
            return;
        }
        ProgrammeFunding funding = report.funding().get();
        html.append("<h2>").append(esc(t.t("report.funding"))).append("</h2>");
        var years = funding.perYear();
        if (years.stream().allMatch(y -> y.planned().total() == 0 && y.actual().map(m -> m.total() == 0).orElse(true))) {
            // a programme without any money yet: a sentence, not an empty chart and a table of zeros
            html.append("<p>").append(esc(t.t("report.funding.none", funding.programmeName()))).append("</p>");
            return;
        }
        html.append("<div class=\"chart\">").append(chart(years.stream().map(y -> new FundingChartSvg.Year(y.year(),
                y.planned(), y.completeActual())).toList(), t.t("report.funding.chart", funding.programmeName()), t))
                .append("</div>");
        table(html, "funding", t.t("report.funding.caption"), t.t("report.funding.year"),
                t.t("report.funding.planned"), t.t("report.funding.regional"), t.t("report.funding.share"),
                t.t("report.funding.actual"), t.t("report.funding.actual-share"), t.t("report.funding.reported"));
        for (var year : years) {
            boolean partial = year.reporting().partial();
            html.append("<tr").append(partial ? " class=\"partial\"" : "").append("><td>").append(year.year())
                    .append("</td><td class=\"num\">").append(kronor(year.planned().total()))
                    .append("</td><td class=\"num\">").append(kronor(year.planned().regional()))
                    .append("</td><td class=\"num\">").append(percent(year.planned().regionalShare()))
                    .append("</td><td class=\"num\">").append(year.actual().map(m -> kronor(m.total())).orElse(""))
                    .append(partial ? " *" : "").append("</td><td class=\"num\">")
                    .append(percent(year.actualRegionalShare())).append("</td><td>")
                    .append(year.reporting().planned() == 0 ? "" : esc(t.t("report.funding.reported.cell",
                            integer(year.reporting().reported()), integer(year.reporting().planned()))))
                    .append(partial ? " — " + esc(t.t("report.funding.partial")) : "").append("</td></tr>");
        }
        html.append("</tbody></table>");
        FundingMix total = funding.total(Basis.PLANNED);
        html.append("<p>").append(esc(t.t("report.funding.leverage", decimal(total.leverage()),
                kronor(total.regional())))).append("</p>");
        if (!funding.partlyReportedYears().isEmpty()) {
            html.append("<p class=\"note\">* ").append(esc(t.t("report.funding.partial.note"))).append("</p>");
        }
    }

    /**
     * Clusters per phase of the newest fixed round, overall and per dimension, each count with its change since the
     * previous fixed round, the median and its change; cells shaded by the share of clusters.
     */
    private static void distribution(StringBuilder html, RegionReport report, ReportTexts t) {
        if (report.phases().isEmpty()) {
            return;
        }
        PhaseDistribution distribution = report.phases().get();
        PortfolioMatrix newest = distribution.newest();
        PhaseModel model = newest.model();
        Locale language = t.language();
        // small: heading, sentence and table stay on one page
        html.append("<div class=\"keep\"><h2>").append(esc(t.t("report.phases", newest.round().name()))).append("</h2>");
        html.append("<p>").append(esc(distribution.previous().map(before -> t.t("report.phases.change",
                before.round().name(), integer(distribution.rose()), integer(distribution.fell()),
                integer(distribution.same()))).orElse(t.t("report.phases.no-previous")))).append("</p>");
        var headers = new java.util.ArrayList<String>();
        headers.add(t.t("report.phases.dimension"));
        distribution.phases().forEach(p -> headers.add(t.t("report.phases.phase", String.valueOf(p))));
        headers.add(t.t("report.matrix.median"));
        headers.add(t.t("report.phases.median-change"));
        table(html, "distribution", t.t("report.phases.caption", integer(newest.rows().size())),
                headers.toArray(String[]::new));
        int total = Math.max(1, newest.rows().size());
        var rows = new java.util.ArrayList<PhaseDistribution.Row>();
        rows.add(distribution.overall());
        rows.addAll(distribution.dimensions());
        for (PhaseDistribution.Row row : rows) {
            html.append("<tr").append(row.dimensionCode().isEmpty() ? " class=\"overall\"" : "").append("><td>")
                    .append(esc(row.dimensionCode().map(code -> model.dimension(code).name().in(language))
                            .orElse(t.t("report.matrix.overall")))).append("</td>");
            var change = row.countChange();
            for (int i = 0; i < row.counts().size(); i++) {
                int count = row.counts().get(i);
                html.append("<td class=\"num\" style=\"background-color:").append(PhaseColours.share(count, total)).append("\">")
                        .append(integer(count));
                int index = i;
                change.ifPresent(c -> html.append(" <span class=\"change\">(").append(signed(c.get(index)))
                        .append(")</span>"));
                html.append("</td>");
            }
            html.append("<td class=\"num\">").append(decimal(row.median())).append("</td><td class=\"num\">")
                    .append(row.medianChange().map(ReportHtml::signed).orElse("–")).append("</td></tr>");
        }
        html.append("</tbody></table></div>");
    }

    static String signed(int value) {
        return value > 0 ? "+" + integer(value) : value < 0 ? "\u2212" + integer(-value) : "\u00b10";
    }

    static String signed(BigDecimal value) {
        String text = decimal(Optional.of(value.abs()));
        return value.signum() > 0 ? "+" + text : value.signum() < 0 ? "\u2212" + text : "\u00b10";
    }

    private static void matrix(StringBuilder html, RegionReport report, ReportTexts t) {
        if (report.matrix().isEmpty()) {
            return;
        }
        PortfolioMatrix matrix = report.matrix().get();
        PhaseModel model = matrix.model();
        Locale language = t.language();
        html.append("<h2>").append(esc(t.t("report.matrix", matrix.round().name()))).append("</h2>");
        html.append("<p class=\"note\">").append(esc(t.t("report.matrix.legend", model.phases().stream()
                .map(p -> p.number() + " " + p.name().in(language)).collect(Collectors.joining(", "))))).append("</p>");
        var headers = new java.util.ArrayList<String>();
        headers.add(t.t("report.portfolio.cluster"));
        model.dimensions().forEach(d -> headers.add(d.name().in(language)));
        headers.add(t.t("report.matrix.overall"));
        table(html, "matrix heat", t.t("report.matrix.caption"), headers.toArray(String[]::new));
        for (MatrixRow row : matrix.rows()) {
            html.append("<tr><td>").append(esc(row.clusterName())).append("</td>");
            for (Dimension dimension : model.dimensions()) {
                heat(html, row.evaluation().phaseOf(dimension.code()));
            }
            heat(html, row.evaluation().overall(), row.evaluation().overallMarked()); // "2*" as in the portal
            html.append("</tr>");
        }
        html.append("<tr class=\"median\"><td>").append(esc(t.t("report.matrix.median"))).append("</td>");
        for (Dimension dimension : model.dimensions()) {
            html.append("<td class=\"num\">").append(decimal(Optional.ofNullable(matrix.dimensionMedians()
                    .get(dimension.code())))).append("</td>");
        }
        html.append("<td class=\"num\">").append(decimal(matrix.overallMedian())).append("</td></tr>");
        html.append("</tbody></table>");
        if (matrix.rows().stream().anyMatch(row -> row.evaluation().tieBreak() != se.klusterportalen.assessment.TieBreak.NONE)) {
            html.append("<p class=\"note\">").append(esc(t.t("report.matrix.ties"))).append("</p>");
        }
        Map<Integer, Long> distribution = matrix.rows().stream().collect(Collectors.groupingBy(
                r -> r.evaluation().overall(), java.util.TreeMap::new, Collectors.counting()));
        html.append("<p>").append(esc(t.t("report.matrix.distribution", model.phases().stream()
                .map(p -> p.name().in(language) + ": " + distribution.getOrDefault(p.number(), 0L))
                .collect(Collectors.joining(", "))))).append("</p>");
    }

    private static void heat(StringBuilder html, int phase) {
        heat(html, phase, String.valueOf(phase));
    }

    private static void heat(StringBuilder html, int phase, String text) {
        html.append("<td class=\"num\" style=\"background-color:").append(PhaseColours.phase(phase))
                .append("\">").append(esc(text)).append("</td>");
    }

    private static void portfolio(StringBuilder html, RegionReport report, ReportTexts t) {
        // the heading stays with its table where the table fits on a page (it sat alone at a page's foot)
        boolean keep = report.portfolio().size() <= KEPT_ROWS;
        html.append(keep ? "<div class=\"keep\">" : "").append("<h2>").append(esc(t.t("report.portfolio"))).append("</h2>");
        if (!report.expiringLabels().isEmpty()) {
            html.append("<p>").append(esc(t.t("report.labels.expiring", report.expiringLabels().stream()
                    .map(e -> e.clusterName() + " (" + t.t("report.label." + e.label().level().name()) + ", "
                            + e.label().validUntil() + ")").collect(Collectors.joining(", "))))).append("</p>");
        }
        table(html, "portfolio", t.t("report.portfolio.caption"), t.t("report.portfolio.cluster"),
                t.t("report.portfolio.sector"), t.t("report.portfolio.county"), t.t("report.portfolio.status"),
                t.t("report.portfolio.members"), t.t("report.portfolio.label"), t.t("report.portfolio.phase"));
        for (var row : report.portfolio()) {
            html.append("<tr><td>").append(esc(row.cluster().name())).append("</td><td>")
                    .append(esc(row.cluster().sector() == null ? "" : row.cluster().sector())).append("</td><td class=\"nowrap\">")
                    .append(esc(row.cluster().county() == null ? "" : row.cluster().county().officialName()))
                    .append("</td><td>").append(esc(t.t("report.cluster.status." + row.cluster().status().name())))
                    .append("</td><td class=\"num\">").append(row.members().map(ReportHtml::integer).orElse(""))
                    .append("</td><td class=\"nowrap\">").append(row.label().map(l -> esc(t.t("report.label." + l.level().name())
                            + " (" + l.validUntil() + ")")).orElse("")).append("</td><td class=\"num\">")
                    .append(row.overallPhase().map(String::valueOf).orElse("")).append("</td></tr>");
        }
        html.append("</tbody></table>").append(keep ? "</div>" : "");
    }

    /** A table of at most this many rows is kept on one page with its heading. */
    private static final int KEPT_ROWS = 30;

    private static void milestones(StringBuilder html, RegionReport report, ReportTexts t) {
        if (report.milestones().isEmpty()) {
            return;
        }
        long done = report.milestones().stream().filter(m -> m.status() == MilestoneStatus.DONE).count();
        var overdue = report.milestones().stream().filter(MilestoneRecord::isOverdue).toList();
        html.append("<div class=\"keep\"><h2>").append(esc(t.t("report.milestones"))).append("</h2><p>").append(esc(t.t(
                "report.milestones.summary", integer(done), integer(report.milestones().size()),
                integer(overdue.size())))).append("</p>");
        if (!overdue.isEmpty()) {
            milestoneTable(html, overdue, t);
        }
        html.append("</div>");
    }

    private static void milestoneTable(StringBuilder html, List<MilestoneRecord> milestones, ReportTexts t) {
        table(html, "milestones", t.t("report.milestones.caption"), t.t("report.milestones.title"),
                t.t("report.milestones.due"), t.t("report.milestones.status"), t.t("report.milestones.responsible"));
        for (MilestoneRecord m : milestones) {
            html.append("<tr><td>").append(esc(m.title())).append("</td><td class=\"nowrap\">").append(esc(m.dueText()))
                    .append("</td><td>").append(esc(t.t("report.milestone.status." + m.status().name())))
                    .append(m.isOverdue() ? " — " + esc(t.t("report.milestones.overdue", integer(m.daysOverdue()))) : "")
                    .append("</td><td>").append(esc(m.responsible())).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    // ---------------------------------------------------------------- cluster report

    static String cluster(ClusterReport report, ReportTexts t) {
        var html = new StringBuilder();
        var profile = report.profile();
        String title = t.t("report.cluster.title", profile.name());
        start(html, title, report.regionName(), report.date().toString(), t);
        html.append("<h1>").append(esc(profile.name())).append("</h1>");
        if (profile.description() != null && !profile.description().isBlank()) {
            html.append("<p class=\"lead\">").append(esc(profile.description())).append("</p>");
        }
        html.append("<table class=\"facts\">");
        fact(html, t.t("report.portfolio.status"), t.t("report.cluster.status." + profile.status().name()));
        fact(html, t.t("report.portfolio.sector"), profile.sector());
        fact(html, t.t("report.portfolio.county"), profile.county() == null ? "" : profile.county().officialName());
        fact(html, t.t("report.cluster.host"), profile.hostOrganisation());
        fact(html, t.t("report.cluster.founded"), profile.foundingYear() == null ? "" : profile.foundingYear().toString());
        profile.latestMembers().ifPresent(m -> fact(html, t.t("report.cluster.members", String.valueOf(m.year())),
                integer(m.total()) + profile.memberTrend().map(d -> " (" + (d >= 0 ? "+" : "−") + integer(Math.abs(d))
                        + ")").orElse("")));
        html.append("</table>");

        html.append("<h2>").append(esc(t.t("report.cluster.phase"))).append("</h2>");
        if (report.phase().isPresent() && report.model().isPresent()) {
            var assessment = report.phase().get();
            var model = report.model().get();
            var overall = model.phase(assessment.evaluation().overall());
            html.append("<p><strong>").append(esc(t.t("report.cluster.phase.overall", assessment.roundName(),
                    String.valueOf(assessment.evaluation().overall()),
                    overall.map(p -> p.name().in(t.language())).orElse("")))).append("</strong></p>");
            overall.ifPresent(p -> html.append("<p>").append(esc(p.description().in(t.language()))).append("</p>"));
            html.append("<table class=\"facts\">");
            for (DimensionPhase dimension : assessment.evaluation().dimensions()) {
                String name = model.dimension(dimension.dimensionCode()).name().in(t.language());
                String missing = dimension.highest() ? t.t("report.cluster.phase.highest")
                        : t.t("report.cluster.phase.missing", dimension.missingForNextPhase().size(),
                        String.valueOf(dimension.nextPhase()));
                fact(html, name, dimension.phase() + " — " + missing);
            }
            html.append("</table>");
        } else {
            html.append("<p>").append(esc(t.t("report.cluster.phase.none"))).append("</p>");
        }

        html.append("<h2>").append(esc(t.t("report.cluster.label"))).append("</h2><p>");
        Optional<LabelRecord> label = report.labels().current();
        html.append(esc(label.map(l -> t.t("report.cluster.label.current", t.t("report.label." + l.level().name()),
                l.assessedOn().toString(), l.validUntil().toString())).orElse(t.t("report.cluster.label.none"))));
        report.labels().goal().ifPresent(goal -> html.append(" ").append(esc(t.t("report.cluster.label.goal",
                t.t("report.label." + goal.targetLevel().name()), goal.targetDate().toString()))));
        html.append("</p>");

        report.funding().ifPresent(plan -> clusterFunding(html, plan, t));
        if (!report.milestones().isEmpty()) {
            // the heading stays with its table (it sat alone at the foot of page 1)
            html.append("<div class=\"keep\"><h2>").append(esc(t.t("report.milestones"))).append("</h2>");
            milestoneTable(html, report.milestones(), t);
            html.append("</div>");
        }
        return end(html);
    }

    private static void clusterFunding(StringBuilder html, ClusterFundingPlan plan, ReportTexts t) {
        html.append("<h2>").append(esc(t.t("report.cluster.funding", plan.programmeName()))).append("</h2>");
        var planned = plan.mixPerYear(Basis.PLANNED);
        var actual = plan.mixPerYear(Basis.ACTUAL);
        html.append("<div class=\"chart small\">").append(chart(planned.entrySet().stream().map(e -> new FundingChartSvg
                .Year(e.getKey(), e.getValue(), Optional.ofNullable(actual.get(e.getKey())))).toList(),
                t.t("report.funding.chart", plan.clusterName()), t)).append("</div>");
        FundingMix total = plan.total(Basis.PLANNED);
        html.append("<p>").append(esc(t.t("report.funding.leverage", decimal(total.leverage()),
                kronor(total.regional())))).append("</p>");
    }

    private static void fact(StringBuilder html, String label, String value) {
        html.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>")
                .append(esc(value == null ? "" : value)).append("</td></tr>");
    }

    // ---------------------------------------------------------------- shared

    private static String chart(List<FundingChartSvg.Year> years, String title, ReportTexts t) {
        String svg = FundingChartSvg.render(years, new FundingChartSvg.Labels(title, t.t("report.kind.REGIONAL"),
                t.t("report.kind.OTHER_PUBLIC"), t.t("report.kind.PRIVATE"), t.t("report.funding.planned.short"),
                t.t("report.funding.actual.short"), t.t("report.funding.share-planned"),
                t.t("report.funding.share-actual"), t.language()));
        // a fixed size on paper (the web page's is fluid); the viewBox scales the drawing
        return svg.replaceFirst("width=\"100%\" style=\"max-width:\\d+px\"", "width=\"" + FundingChartSvg.WIDTH
                + "\" height=\"" + FundingChartSvg.HEIGHT + "\" alt=\"" + esc(title) + "\"");
    }

    private static void start(StringBuilder html, String title, String region, String date, ReportTexts t) {
        String header = esc(region + " · " + date).replace("\"", "");
        html.append("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(t.language().getLanguage()).append("\"><head><meta charset=\"UTF-8\"/><title>").append(esc(title))
                .append("</title><meta name=\"author\" content=\"").append(esc(region))
                .append("\"/><meta name=\"subject\" content=\"").append(esc(title)).append("\"/><style>")
                .append("@page { size: A4; margin: 20mm 15mm 18mm 15mm;")
                .append(" @top-left { content: \"").append(header).append("\"; font-family: '").append(PdfRenderer.FONT)
                .append("'; font-size: 8pt; color: #555; }")
                .append(" @top-right { content: \"Klusterportalen\"; font-family: '").append(PdfRenderer.FONT)
                .append("'; font-size: 8pt; color: #555; }")
                .append(" @bottom-right { content: \"").append(esc(t.t("report.page"))).append(" \" counter(page) \" ")
                .append(esc(t.t("report.page.of"))).append(" \" counter(pages); font-family: '").append(PdfRenderer.FONT)
                .append("'; font-size: 8pt; color: #555; } }")
                .append(" body { font-family: '").append(PdfRenderer.FONT).append("'; font-size: 9pt; color: #1a1a1a; }")
                .append(" h1 { font-size: 18pt; margin: 0 0 4pt 0; color: #1f3d5c; }")
                .append(" h2 { font-size: 12pt; margin: 14pt 0 4pt 0; color: #1f3d5c; page-break-after: avoid; }")
                .append(" p { margin: 3pt 0; } .lead { font-size: 10pt; color: #333; } .note { font-size: 8pt; color: #555; }")
                .append(" table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate; }")
                .append(" thead { display: table-header-group; } tr { page-break-inside: avoid; }")
                .append(" th, td { border-bottom: 0.5pt solid #c8ced6; padding: 2pt 4pt; text-align: left; vertical-align: top; }")
                .append(" thead th { background-color: #e8edf3; font-weight: bold; }")
                .append(" caption { text-align: left; font-size: 8pt; color: #555; padding-bottom: 2pt; }")
                .append(" td.num, td.nowrap, span.date, span.nowrap { white-space: nowrap; } td.num { text-align: right; } tr.partial td { font-style: italic; color: #7a4d00; }")
                .append(" tr.median td { font-weight: bold; border-top: 1pt solid #888; }")
                .append(" table.heat td.num, table.distribution td.num { text-align: center; }")
                .append(" table.distribution tr.overall td { font-weight: bold; } .change { font-size: 7pt; color: #333; font-weight: normal; }")
                .append(" div.keep { page-break-inside: avoid; }")
                .append(" table.figures td { border: none; width: 25%; padding: 4pt; }")
                .append(" table.figures .value { font-size: 16pt; font-weight: bold; color: #1f5fa8; }")
                .append(" table.figures .label { font-size: 8pt; color: #444; }")
                .append(" table.facts th { width: 35%; font-weight: bold; border: none; } table.facts td { border: none; }")
                .append(" td.status.missed { color: #a61b1b; font-weight: bold; } td.status.at_risk { color: #8a5a00; font-weight: bold; }")
                .append(" td.status.achieved, td.status.on_track { color: #1e6b2e; }")
                .append(" .chart { margin: 4pt 0; } .chart svg { width: 180mm; height: 85mm; }")
                .append(" .chart.small svg { width: 150mm; height: 71mm; }")
                .append("</style></head><body>");
    }

    /** An ISO date in running text, not part of a longer number or date range. */
    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("(?<![\\d-])(\\d{4}-\\d{2}-\\d{2})(?![\\d-])");

    private static String end(StringBuilder html) {
        html.append("</body></html>");
        return keepDatesWhole(html.toString());
    }

    /**
     * Every date of the body in a {@code span.date} that never breaks ("Guld (2027-03-" / "20)" otherwise); not in
     * the page header's CSS nor inside the SVG charts.
     */
    static String keepDatesWhole(String document) {
        int body = document.indexOf("<body>");
        var out = new StringBuilder(document.length() + 256).append(document, 0, body);
        int at = body;
        while (at < document.length()) {
            int svg = document.indexOf("<svg", at);
            int stop = svg < 0 ? document.length() : svg;
            out.append(DATE.matcher(document.substring(at, stop)).replaceAll("<span class=\"date\">$1</span>"));
            if (svg < 0) {
                break;
            }
            int close = document.indexOf("</svg>", svg);
            int after = close < 0 ? document.length() : close + "</svg>".length();
            out.append(document, svg, after);
            at = after;
        }
        return out.toString();
    }

    private static void table(StringBuilder html, String cssClass, String caption, String... headers) {
        html.append("<table class=\"").append(cssClass).append("\"><caption>").append(esc(caption))
                .append("</caption><thead><tr>");
        for (String header : headers) {
            html.append("<th scope=\"col\">").append(esc(header)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
    }

    static String integer(long value) {
        return NumberFormat.getIntegerInstance(SWEDISH).format(value);
    }

    static String kronor(long value) {
        return integer(value) + "\u00a0kr";
    }

    private static String percent(Optional<BigDecimal> value) {
        return value.map(v -> decimal(Optional.of(v)) + "\u00a0%").orElse("");
    }

    private static String decimal(Optional<BigDecimal> value) {
        return value.map(v -> {
            var format = NumberFormat.getNumberInstance(SWEDISH);
            format.setMinimumFractionDigits(Math.max(0, v.scale()));
            format.setMaximumFractionDigits(Math.max(0, v.scale()));
            return format.format(v);
        }).orElse("–");
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
