package se.klusterportalen.report;

import org.junit.jupiter.api.Test;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.programme.GoalDefinition;
import se.klusterportalen.programme.GoalEvaluation;
import se.klusterportalen.programme.GoalId;
import se.klusterportalen.programme.GoalStatus;
import se.klusterportalen.programme.Shortfall;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The goal's "why" in the region report: a large region's report names the first ten clusters that fall short. */
class ReportHtmlUnitTest {

    private static GoalEvaluation goldGoal(int missing) {
        List<Shortfall> shortfalls = IntStream.rangeClosed(1, missing).mapToObj(i -> new Shortfall(ClusterId.random(),
                "Kluster " + i, Optional.empty(), Optional.empty(), false)).toList();
        return new GoalEvaluation(new GoalId(java.util.UUID.randomUUID()), GoalDefinition.labelAtLeast("Guld", 50,
                LabelLevel.GOLD, LocalDate.of(2026, 12, 31)), GoalStatus.MISSED, LocalDate.of(2026, 11, 30),
                Optional.of(new GoalEvaluation.Figure(3, 50, GoalEvaluation.Figure.Unit.CLUSTERS)), shortfalls, "", 0);
    }

    @Test
    void aGoalMissedBy297ClustersNamesTenAndCountsTheRest() {
        String why = ReportHtml.why(goldGoal(297), new ReportTexts(Locale.of("sv", "SE")));

        assertThat(why).isEqualTo("3 av minst 50 — saknas: Kluster 1, Kluster 2, Kluster 3, Kluster 4, Kluster 5, "
                + "Kluster 6, Kluster 7, Kluster 8, Kluster 9, Kluster 10 och 287 till");
        assertThat(ReportHtml.why(goldGoal(297), new ReportTexts(Locale.ENGLISH))).endsWith("Kluster 10 and 287 more");
    }

    @Test
    void tenOrFewerAreAllNamed() {
        assertThat(ReportHtml.why(goldGoal(10), new ReportTexts(Locale.of("sv", "SE"))))
                .endsWith("Kluster 9, Kluster 10");
    }

    @Test
    void aProgrammeWithoutMoneyYetSaysSoInsteadOfAnEmptyChart() {
        var programme = new se.klusterportalen.programme.ProgrammeId(java.util.UUID.randomUUID());
        var funding = new se.klusterportalen.funding.ProgrammeFunding(programme, "Nytt program", List.of(2030, 2031),
                List.of(), List.of(), java.util.Map.of());
        var report = new RegionReport("Region Skåne", LocalDate.of(2026, 11, 30), Optional.empty(), List.of(),
                List.of(), Optional.of(funding), List.of(), Optional.empty(), List.of());

        String html = ReportHtml.region(report, new ReportTexts(Locale.of("sv", "SE")));

        assertThat(html).contains("Inga belopp är planerade eller rapporterade i Nytt program ännu.")
                .doesNotContain("<svg");
    }
}
