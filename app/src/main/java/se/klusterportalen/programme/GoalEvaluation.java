package se.klusterportalen.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A goal with its status on a date, the figure behind it and the clusters that fall short.
 *
 * @param judgedOn the date the figure describes: the evaluation date, or the deadline once it has passed
 * @param figure   empty for manual goals and goals without data
 * @param comment  the officer's comment (manual goals)
 */
public record GoalEvaluation(GoalId id, GoalDefinition definition, GoalStatus status, LocalDate judgedOn,
                             Optional<Figure> figure, List<Shortfall> shortfalls, String comment, long version) {

    public GoalEvaluation {
        shortfalls = List.copyOf(shortfalls);
    }

    /** For example 3 of 5 clusters, or 1 200 000 kr against at most 1 000 000 kr. */
    public record Figure(long value, long target, Unit unit) {

        public enum Unit {
            /** value clusters meet it, target clusters needed */
            CLUSTERS,
            /** value = highest amount of any cluster, target = the maximum allowed */
            KRONOR
        }
    }
}
