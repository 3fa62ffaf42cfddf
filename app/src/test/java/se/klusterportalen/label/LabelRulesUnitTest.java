package se.klusterportalen.label;

import org.junit.jupiter.api.Test;
import se.klusterportalen.cluster.ClusterId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.label.LabelLevel.BRONZE;
import static se.klusterportalen.label.LabelLevel.GOLD;
import static se.klusterportalen.label.LabelLevel.SILVER;

class LabelRulesUnitTest {

    static final ClusterId CLUSTER = new ClusterId(UUID.randomUUID());
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static LabelRecord label(LabelLevel level, LocalDate assessedOn, LocalDate validUntil) {
        return new LabelRecord(new LabelId(UUID.randomUUID()), CLUSTER, level, assessedOn, validUntil,
                Optional.empty(), null, 0);
    }

    @Test
    void aLabelIsValidTwoYearsByDefault() {
        assertThat(LabelRules.defaultValidUntil(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(LabelRules.defaultValidUntil(LocalDate.of(2021, 4, 12))).isEqualTo(LocalDate.of(2023, 4, 12));
    }

    @Test
    void aLabelValidUntilTodayIsStillCurrent() {
        var endsToday = label(SILVER, TODAY.minusYears(2), TODAY);

        assertThat(endsToday.isValidOn(TODAY)).isTrue();
        assertThat(LabelRules.current(List.of(endsToday), TODAY)).contains(endsToday);
    }

    @Test
    void aLabelThatExpiredYesterdayIsHistoryOnly() {
        var endedYesterday = label(GOLD, TODAY.minusYears(2).minusDays(1), TODAY.minusDays(1));

        assertThat(endedYesterday.isValidOn(TODAY)).isFalse();
        assertThat(LabelRules.current(List.of(endedYesterday), TODAY)).isEmpty();
    }

    @Test
    void aLabelIsNotValidBeforeItsAssessment() {
        var tomorrow = label(GOLD, TODAY.plusDays(1), TODAY.plusYears(2));

        assertThat(LabelRules.current(List.of(tomorrow), TODAY)).isEmpty();
    }

    @Test
    void theCurrentLabelIsTheHighestStillValid() {
        var bronze = label(BRONZE, TODAY.minusMonths(3), TODAY.plusMonths(21));
        var gold = label(GOLD, TODAY.minusMonths(20), TODAY.plusMonths(4));
        var expiredGold = label(GOLD, TODAY.minusYears(5), TODAY.minusYears(3));
        var silver = label(SILVER, TODAY.minusMonths(1), TODAY.plusMonths(23));

        assertThat(LabelRules.current(List.of(bronze, expiredGold, gold, silver), TODAY)).contains(gold);
        assertThat(LabelRules.current(List.of(bronze, expiredGold, silver), TODAY)).contains(silver);
    }

    @Test
    void warnsWhenTheCurrentLabelEndsWithinNinetyDays() {
        var endsIn90 = label(SILVER, TODAY.minusDays(640), TODAY.plusDays(90));
        var endsIn91 = label(SILVER, TODAY.minusDays(639), TODAY.plusDays(91));

        assertThat(LabelRules.warnings(List.of(endsIn90), Optional.empty(), TODAY)).singleElement()
                .satisfies(warning -> {
                    assertThat(warning.kind()).isEqualTo(LabelWarning.Kind.EXPIRING);
                    assertThat(warning.days()).isEqualTo(90);
                    assertThat(warning.date()).isEqualTo(TODAY.plusDays(90));
                });
        assertThat(LabelRules.warnings(List.of(endsIn91), Optional.empty(), TODAY)).isEmpty();
    }

    @Test
    void noExpiryWarningWhenARenewalFollowsWithoutGap() {
        var ending = label(SILVER, TODAY.minusDays(700), TODAY.plusDays(30));
        var renewal = label(SILVER, TODAY.plusDays(20), TODAY.plusDays(20).plusYears(2));

        assertThat(LabelRules.warnings(List.of(ending, renewal), Optional.empty(), TODAY)).isEmpty();
    }

    @Test
    void warnsWhenTheGoalDatePassedWithoutTheTargetLevel() {
        var silver = label(SILVER, TODAY.minusYears(1), TODAY.plusYears(1));
        var goal = new LabelGoalRecord(CLUSTER, GOLD, TODAY.minusDays(1), 0);

        assertThat(LabelRules.warnings(List.of(silver), Optional.of(goal), TODAY)).singleElement()
                .satisfies(warning -> {
                    assertThat(warning.kind()).isEqualTo(LabelWarning.Kind.GOAL_MISSED);
                    assertThat(warning.level()).isEqualTo(GOLD);
                    assertThat(warning.days()).isEqualTo(1);
                });
    }

    @Test
    void noGoalWarningOnTheGoalDateItselfNorWhenReached() {
        var silver = label(SILVER, TODAY.minusYears(1), TODAY.plusYears(1));
        var dueToday = new LabelGoalRecord(CLUSTER, GOLD, TODAY, 0);
        var silverGoalPassed = new LabelGoalRecord(CLUSTER, SILVER, TODAY.minusMonths(2), 0);

        assertThat(LabelRules.warnings(List.of(silver), Optional.of(dueToday), TODAY)).isEmpty();
        assertThat(LabelRules.warnings(List.of(silver), Optional.of(silverGoalPassed), TODAY)).isEmpty();
    }

    @Test
    void readinessIsTheShareOfTheThirtyOneIndicatorsMet() {
        var items = java.util.Arrays.stream(GoldIndicator.values()).map(indicator -> new GoldPreassessment.Item(
                indicator, indicator.area() == 4 ? Optional.of(IndicatorRating.PARTLY)
                : indicator.area() == 5 ? Optional.<IndicatorRating>empty() : Optional.of(IndicatorRating.MET),
                null, 0)).toList();

        var assessment = GoldPreassessment.of(CLUSTER, items);

        assertThat(GoldIndicator.values()).hasSize(31);
        assertThat(assessment.metCount()).isEqualTo(16);
        assertThat(assessment.readinessPercent()).isEqualTo(52);
        assertThat(assessment.gaps()).hasSize(15).extracting(item -> item.indicator().code())
                .startsWith("4.1.1").endsWith("5.3");
    }
}
