package se.klusterportalen.report;

import se.klusterportalen.assessment.Dimension;
import se.klusterportalen.cluster.ClusterProfile;
import se.klusterportalen.cluster.MemberCounts;
import se.klusterportalen.cluster.MemberType;
import se.klusterportalen.funding.ClusterFundingPlan;
import se.klusterportalen.funding.FundingStreamSummary;
import se.klusterportalen.label.LabelRecord;
import se.klusterportalen.programme.GoalEvaluation;
import se.klusterportalen.programme.MilestoneRecord;
import se.klusterportalen.programme.Shortfall;
import se.klusterportalen.spreadsheet.Spreadsheets;
import se.klusterportalen.spreadsheet.Spreadsheets.SheetContent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The region's data as one workbook, a sheet per area: portfolio, members per year and type, funding per cluster,
 * stream and year, funding per year with how many clusters reported, the phase matrix, labels, goals and
 * milestones. Whole numbers are number cells (the shared writer), kronor with a "kr" number format, nothing reported a
 * blank cell; headers in the report's language.
 */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    static byte[] write(RegionReport report, Map<se.klusterportalen.cluster.ClusterId, ClusterProfile> profiles,
                        Map<se.klusterportalen.cluster.ClusterId, List<LabelRecord>> labelHistory, ReportTexts t) {
        var sheets = new ArrayList<SheetContent>();
        sheets.add(new SheetContent(t.t("report.sheet.portfolio"), List.of(t.t("report.portfolio.cluster"),
                t.t("report.portfolio.sector"), t.t("report.portfolio.county"), t.t("report.portfolio.status"),
                t.t("report.portfolio.members"), t.t("report.sheet.label"), t.t("report.sheet.valid-until"),
                t.t("report.portfolio.phase")), report.portfolio().stream().map(row -> List.of(row.cluster().name(),
                nz(row.cluster().sector()), row.cluster().county() == null ? "" : row.cluster().county().officialName(),
                t.t("report.cluster.status." + row.cluster().status().name()),
                row.members().map(String::valueOf).orElse(""),
                row.label().map(l -> t.t("report.label." + l.level().name())).orElse(""),
                row.label().map(l -> l.validUntil().toString()).orElse(""),
                row.overallPhase().map(String::valueOf).orElse(""))).toList()));

        var memberHeaders = new ArrayList<>(List.of(t.t("report.portfolio.cluster"), t.t("report.funding.year")));
        for (MemberType type : MemberType.values()) {
            memberHeaders.add(t.t("report.member." + type.name()));
        }
        memberHeaders.add(t.t("report.sheet.total"));
        var memberRows = new ArrayList<List<String>>();
        for (var row : report.portfolio()) {
            ClusterProfile profile = profiles.get(row.cluster().id());
            if (profile == null) {
                continue;
            }
            for (MemberCounts counts : profile.members()) {
                var values = new ArrayList<>(List.of(row.cluster().name(), String.valueOf(counts.year())));
                for (MemberType type : MemberType.values()) {
                    values.add(String.valueOf(counts.count(type)));
                }
                values.add(String.valueOf(counts.total()));
                memberRows.add(values);
            }
        }
        sheets.add(new SheetContent(t.t("report.sheet.members"), memberHeaders, memberRows));

        report.funding().ifPresent(funding -> {
            var amountRows = new ArrayList<List<String>>();
            for (ClusterFundingPlan plan : funding.clusters()) {
                for (FundingStreamSummary stream : funding.streams()) {
                    for (int year : funding.years()) {
                        plan.amount(stream.id(), year).ifPresent(amount -> amountRows.add(List.of(plan.clusterName(),
                                stream.standard().map(s -> t.t("report.stream." + s.name())).orElse(stream.name()),
                                t.t("report.kind." + stream.kind().name()), String.valueOf(year),
                                String.valueOf(amount.planned()),
                                amount.actual().isPresent() ? String.valueOf(amount.actual().getAsLong()) : "")));
                    }
                }
            }
            sheets.add(new SheetContent(t.t("report.sheet.funding"), List.of(t.t("report.portfolio.cluster"),
                    t.t("report.sheet.stream"), t.t("report.sheet.kind"), t.t("report.funding.year"),
                    t.t("report.sheet.planned"), t.t("report.sheet.actual")), amountRows, java.util.Set.of(4, 5)));
            sheets.add(new SheetContent(t.t("report.sheet.funding-years"), List.of(t.t("report.funding.year"),
                    t.t("report.sheet.planned"), t.t("report.funding.regional"), t.t("report.sheet.actual"),
                    t.t("report.sheet.planning-clusters"), t.t("report.sheet.reported-clusters"),
                    t.t("report.sheet.reporting")), funding.perYear().stream().map(year -> List.of(
                    String.valueOf(year.year()), String.valueOf(year.planned().total()),
                    String.valueOf(year.planned().regional()),
                    year.actual().map(m -> String.valueOf(m.total())).orElse(""),
                    String.valueOf(year.reporting().planned()), String.valueOf(year.reporting().reported()),
                    t.t("report.reporting." + year.reporting().status().name()))).toList(), java.util.Set.of(1, 2, 3)));
        });

        report.matrix().ifPresent(matrix -> {
            var headers = new ArrayList<>(List.of(t.t("report.portfolio.cluster")));
            matrix.model().dimensions().forEach(d -> headers.add(d.name().in(t.language())));
            headers.add(t.t("report.matrix.overall"));
            var rows = matrix.rows().stream().map(row -> {
                var values = new ArrayList<>(List.of(row.clusterName()));
                for (Dimension dimension : matrix.model().dimensions()) {
                    values.add(String.valueOf(row.evaluation().phaseOf(dimension.code())));
                }
                values.add(String.valueOf(row.evaluation().overall()));
                return (List<String>) values;
            }).toList();
            sheets.add(new SheetContent(t.t("report.sheet.matrix", matrix.round().name()), headers, rows));
        });

        var labelRows = new ArrayList<List<String>>();
        for (var row : report.portfolio()) {
            for (LabelRecord label : labelHistory.getOrDefault(row.cluster().id(), List.of())) {
                labelRows.add(List.of(row.cluster().name(), t.t("report.label." + label.level().name()),
                        label.assessedOn().toString(), label.validUntil().toString(),
                        label.scorePercent().map(String::valueOf).orElse("")));
            }
        }
        sheets.add(new SheetContent(t.t("report.sheet.labels"), List.of(t.t("report.portfolio.cluster"),
                t.t("report.sheet.label"), t.t("report.sheet.assessed-on"), t.t("report.sheet.valid-until"),
                t.t("report.sheet.score")), labelRows));

        sheets.add(new SheetContent(t.t("report.sheet.goals"), List.of(t.t("report.goals.goal"),
                t.t("report.goals.status"), t.t("report.goals.deadline"), t.t("report.sheet.value"),
                t.t("report.sheet.target"), t.t("report.sheet.short")), report.goals().stream().map(goal -> List.of(
                goal.definition().title(), t.t("report.goal.status." + goal.status().name()),
                goal.definition().deadline().toString(),
                goal.figure().map(GoalEvaluation.Figure::value).map(String::valueOf).orElse(""),
                goal.figure().map(GoalEvaluation.Figure::target).map(String::valueOf).orElse(""),
                goal.shortfalls().stream().map(Shortfall::clusterName).collect(Collectors.joining(", ")))).toList()));

        sheets.add(new SheetContent(t.t("report.sheet.milestones"), List.of(t.t("report.milestones.title"),
                t.t("report.milestones.due"), t.t("report.milestones.status"), t.t("report.sheet.done-on"),
                t.t("report.milestones.responsible"), t.t("report.sheet.days-overdue")),
                report.milestones().stream().map((MilestoneRecord m) -> List.of(m.title(), m.dueText(),
                        t.t("report.milestone.status." + m.status().name()),
                        m.doneOn().map(Object::toString).orElse(""), nz(m.responsible()),
                        String.valueOf(m.daysOverdue()))).toList()));
        return Spreadsheets.workbook(sheets);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
