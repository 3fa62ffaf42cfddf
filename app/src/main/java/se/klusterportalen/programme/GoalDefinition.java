package se.klusterportalen.programme;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.label.LabelLevel;

import java.time.LocalDate;

/**
 * What a goal asks for, as the officer enters it. Which of {@code level}, {@code threshold} (a number of clusters,
 * members, or kronor) and {@code fundingYear} are needed depends on the kind; a base-funding goal's deadline is the
 * end of its year.
 */
public record GoalDefinition(GoalKind kind, String title, LocalDate deadline, @Nullable LabelLevel level,
                             @Nullable Long threshold, @Nullable Integer fundingYear) {

    public static GoalDefinition labelAtLeast(String title, long clusters, LabelLevel level, LocalDate deadline) {
        return new GoalDefinition(GoalKind.LABEL_AT_LEAST, title, deadline, level, clusters, null);
    }

    public static GoalDefinition labelAll(String title, LabelLevel level, LocalDate deadline) {
        return new GoalDefinition(GoalKind.LABEL_ALL, title, deadline, level, null, null);
    }

    public static GoalDefinition membersEach(String title, long members, LocalDate deadline) {
        return new GoalDefinition(GoalKind.MEMBERS_EACH, title, deadline, null, members, null);
    }

    public static GoalDefinition eccpAll(String title, LocalDate deadline) {
        return new GoalDefinition(GoalKind.ECCP_ALL, title, deadline, null, null, null);
    }

    public static GoalDefinition communicationPlanAll(String title, LocalDate deadline) {
        return new GoalDefinition(GoalKind.COMMUNICATION_PLAN_ALL, title, deadline, null, null, null);
    }

    public static GoalDefinition baseFundingMax(String title, long kronor, int year) {
        return new GoalDefinition(GoalKind.BASE_FUNDING_MAX, title, LocalDate.of(year, 12, 31), null, kronor, year);
    }

    public static GoalDefinition manual(String title, LocalDate deadline) {
        return new GoalDefinition(GoalKind.MANUAL, title, deadline, null, null, null);
    }
}
