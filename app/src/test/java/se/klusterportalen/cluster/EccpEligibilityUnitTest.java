package se.klusterportalen.cluster;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EccpEligibilityUnitTest {

    @Test
    void exactlyTheThresholdsAreEnough() {
        var eccp = EccpEligibility.judge(new BigDecimal("0.50"), true, Optional.of(MemberCounts.of(2021, 14, 0, 1, 0, 0)));

        assertThat(eccp.eligible()).isTrue();
        assertThat(eccp.unmet()).isEmpty();
    }

    @Test
    void eachUnmetPointIsNamedWithWhatTheClusterHas() {
        var eccp = EccpEligibility.judge(new BigDecimal("0.4"), false, Optional.of(MemberCounts.of(2021, 14, 0, 0, 0, 0)));

        assertThat(eccp.eligible()).isFalse();
        assertThat(eccp.unmet()).containsExactly(
                new EccpEligibility.Unmet(EccpCriterion.MANAGEMENT_FTE, "0.4"),
                new EccpEligibility.Unmet(EccpCriterion.ENGLISH_WEBSITE, ""),
                new EccpEligibility.Unmet(EccpCriterion.MEMBERS, "14"),
                new EccpEligibility.Unmet(EccpCriterion.MEMBER_TYPES, "1"));
    }

    @Test
    void unknownStaffingAndNoMemberCountsAreUnmetWithoutAValue() {
        var eccp = EccpEligibility.judge(null, true, Optional.empty());

        assertThat(eccp.unmet()).extracting(EccpEligibility.Unmet::criterion)
                .containsExactly(EccpCriterion.MANAGEMENT_FTE, EccpCriterion.MEMBERS, EccpCriterion.MEMBER_TYPES);
        assertThat(eccp.unmet()).allSatisfy(unmet -> assertThat(unmet.actual()).isEmpty());
    }
}
