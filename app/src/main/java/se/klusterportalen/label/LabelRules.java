package se.klusterportalen.label;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The label rules, free of storage and time sources: every date comes in as an argument. */
final class LabelRules {

    static final int VALIDITY_YEARS = 2;
    static final int EXPIRY_WARNING_DAYS = 90;
    static final int GOLD_MINIMUM_SCORE = 80;

    private LabelRules() {
    }

    static LocalDate defaultValidUntil(LocalDate assessedOn) {
        return assessedOn.plusYears(VALIDITY_YEARS);
    }

    /** The highest label valid on the date; between equal levels the one valid longest. */
    static Optional<LabelRecord> current(Collection<LabelRecord> labels, LocalDate date) {
        return labels.stream().filter(label -> label.isValidOn(date))
                .max(Comparator.comparing(LabelRecord::level).thenComparing(LabelRecord::validUntil));
    }

    static List<LabelWarning> warnings(Collection<LabelRecord> labels, Optional<LabelGoalRecord> goal,
                                       LocalDate today) {
        var warnings = new ArrayList<LabelWarning>();
        current(labels, today).ifPresent(current -> {
            long daysLeft = ChronoUnit.DAYS.between(today, current.validUntil());
            boolean followedUp = labels.stream().anyMatch(other -> other.level().isAtLeast(current.level())
                    && other.validUntil().isAfter(current.validUntil()) && !other.assessedOn().isAfter(
                    current.validUntil().plusDays(1)));
            if (daysLeft <= EXPIRY_WARNING_DAYS && !followedUp) {
                warnings.add(new LabelWarning(LabelWarning.Kind.EXPIRING, current.level(), current.validUntil(),
                        daysLeft));
            }
        });
        goal.filter(g -> today.isAfter(g.targetDate()))
                .filter(g -> !reached(labels, g, g.targetDate()) && !reached(labels, g, today))
                .ifPresent(g -> warnings.add(new LabelWarning(LabelWarning.Kind.GOAL_MISSED, g.targetLevel(),
                        g.targetDate(), ChronoUnit.DAYS.between(g.targetDate(), today))));
        return warnings;
    }

    private static boolean reached(Collection<LabelRecord> labels, LabelGoalRecord goal, LocalDate date) {
        return current(labels, date).map(label -> label.level().isAtLeast(goal.targetLevel())).orElse(false);
    }
}
