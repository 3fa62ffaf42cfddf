package se.klusterportalen.label;

import java.time.LocalDate;

/**
 * Something about a cluster's labels the officer should act on.
 *
 * @param date the expiry date (EXPIRING) or the passed goal date (GOAL_MISSED)
 * @param days days left until expiry, or days since the goal date
 */
public record LabelWarning(Kind kind, LabelLevel level, LocalDate date, long days) {

    public enum Kind {
        /** The current label ends within 90 days and no equal or higher label follows it. */
        EXPIRING,
        /** The goal date has passed and the cluster holds no valid label of the target level. */
        GOAL_MISSED
    }
}
