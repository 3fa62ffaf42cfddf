package se.klusterportalen.programme;

import se.klusterportalen.cluster.ClusterFacts;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.label.LabelPortfolio;
import se.klusterportalen.programme.GoalEvaluation.Figure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Evaluates rule goals over facts handed in; no storage, no clock. The rules (docs/adr/0041-programme-goals.md):
 * met on the judged date = achieved; not met and the deadline passed = missed; otherwise on track or at risk, by
 * the kind's own sign of progress.
 */
final class GoalRules {

    /** Yes/no goals (ECCP, communication plan) not met are at risk once less than this remains. */
    static final long AT_RISK_WITHIN_DAYS = 365;

    record Inputs(List<ClusterFacts> clusters, LabelPortfolio labels, Optional<Map<ClusterId, Long>> baseFunding) {
    }

    record Outcome(GoalStatus status, LocalDate judgedOn, Optional<Figure> figure, List<Shortfall> shortfalls) {
    }

    private GoalRules() {
    }

    static Outcome evaluate(GoalDefinition goal, LocalDate asOf, Inputs inputs) {
        return switch (goal.kind()) {
            case LABEL_AT_LEAST -> labels(goal, asOf, inputs, goal.threshold());
            case LABEL_ALL -> labels(goal, asOf, inputs, inputs.clusters().size());
            case MEMBERS_EACH -> members(goal, asOf, inputs);
            case ECCP_ALL -> yesNo(goal, asOf, inputs, ClusterFacts::eccpRegistered);
            case COMMUNICATION_PLAN_ALL -> yesNo(goal, asOf, inputs, ClusterFacts::hasCommunicationPlan);
            case BASE_FUNDING_MAX -> baseFunding(goal, asOf, inputs);
            case MANUAL -> throw new IllegalArgumentException("A manual goal has no rule");
        };
    }

    private static Outcome labels(GoalDefinition goal, LocalDate asOf, Inputs inputs, long needed) {
        LocalDate judgedOn = judgedOn(goal, asOf);
        LabelLevel level = goal.level();
        long meeting = 0;
        long planned = 0;
        var shortfalls = new ArrayList<Shortfall>();
        for (ClusterFacts cluster : inputs.clusters()) {
            Optional<LabelLevel> held = inputs.labels().highestValidOn(cluster.id(), judgedOn);
            if (held.filter(h -> h.isAtLeast(level)).isPresent()) {
                meeting++;
                continue;
            }
            boolean inTime = inputs.labels().goal(cluster.id()).filter(g -> g.targetLevel().isAtLeast(level)
                    && !g.targetDate().isAfter(goal.deadline()) && !g.targetDate().isBefore(asOf)).isPresent();
            if (inTime) {
                planned++;
            }
            shortfalls.add(new Shortfall(cluster.id(), cluster.name(), held, Optional.empty(), inTime));
        }
        var figure = Optional.of(new Figure(meeting, needed, Figure.Unit.CLUSTERS));
        if (meeting >= needed) {
            return new Outcome(GoalStatus.ACHIEVED, judgedOn, figure, List.of());
        }
        if (deadlinePassed(goal, asOf)) {
            return new Outcome(GoalStatus.MISSED, judgedOn, figure, shortfalls);
        }
        var status = meeting + planned >= needed ? GoalStatus.ON_TRACK : GoalStatus.AT_RISK;
        return new Outcome(status, judgedOn, figure, shortfalls);
    }

    private static Outcome members(GoalDefinition goal, LocalDate asOf, Inputs inputs) {
        long needed = goal.threshold();
        if (inputs.clusters().stream().allMatch(cluster -> cluster.latestMemberCount().isEmpty())) {
            return noData(goal, asOf);
        }
        long meeting = 0;
        var shortfalls = new ArrayList<Shortfall>();
        for (ClusterFacts cluster : inputs.clusters()) {
            Optional<Integer> latest = cluster.latestMemberCount();
            if (latest.filter(count -> count >= needed).isPresent()) {
                meeting++;
                continue;
            }
            boolean rising = latest.isPresent() && cluster.previousMemberCount().filter(p -> latest.get() > p).isPresent();
            shortfalls.add(new Shortfall(cluster.id(), cluster.name(), Optional.empty(), latest.map(Integer::longValue),
                    rising));
        }
        var figure = Optional.of(new Figure(meeting, inputs.clusters().size(), Figure.Unit.CLUSTERS));
        return outcome(goal, asOf, figure, shortfalls, shortfalls.stream().allMatch(Shortfall::improving));
    }

    private static Outcome yesNo(GoalDefinition goal, LocalDate asOf, Inputs inputs, Predicate<ClusterFacts> meets) {
        var shortfalls = inputs.clusters().stream().filter(meets.negate())
                .map(c -> new Shortfall(c.id(), c.name(), Optional.empty(), Optional.empty(), false)).toList();
        var figure = Optional.of(new Figure(inputs.clusters().size() - shortfalls.size(), inputs.clusters().size(),
                Figure.Unit.CLUSTERS));
        boolean timeLeft = ChronoUnit.DAYS.between(asOf, goal.deadline()) > AT_RISK_WITHIN_DAYS;
        return outcome(goal, asOf, figure, shortfalls, timeLeft);
    }

    private static Outcome baseFunding(GoalDefinition goal, LocalDate asOf, Inputs inputs) {
        if (inputs.baseFunding().isEmpty() || inputs.baseFunding().get().isEmpty()) {
            return noData(goal, asOf);
        }
        var funding = inputs.baseFunding().get();
        long maximum = goal.threshold();
        long highest = 0;
        var shortfalls = new ArrayList<Shortfall>();
        for (ClusterFacts cluster : inputs.clusters()) {
            Long amount = funding.get(cluster.id());
            if (amount == null) {
                continue;
            }
            highest = Math.max(highest, amount);
            if (amount > maximum) {
                shortfalls.add(new Shortfall(cluster.id(), cluster.name(), Optional.empty(), Optional.of(amount), false));
            }
        }
        var figure = Optional.of(new Figure(highest, maximum, Figure.Unit.KRONOR));
        boolean yearOver = deadlinePassed(goal, asOf);
        if (shortfalls.isEmpty()) {
            // a planned year within the limit is on track until the year is over
            return new Outcome(yearOver ? GoalStatus.ACHIEVED : GoalStatus.ON_TRACK, judgedOn(goal, asOf), figure,
                    List.of());
        }
        return new Outcome(yearOver ? GoalStatus.MISSED : GoalStatus.AT_RISK, judgedOn(goal, asOf), figure, shortfalls);
    }

    private static Outcome outcome(GoalDefinition goal, LocalDate asOf, Optional<Figure> figure,
                                   List<Shortfall> shortfalls, boolean progressing) {
        LocalDate judgedOn = judgedOn(goal, asOf);
        if (shortfalls.isEmpty()) {
            return new Outcome(GoalStatus.ACHIEVED, judgedOn, figure, List.of());
        }
        if (deadlinePassed(goal, asOf)) {
            return new Outcome(GoalStatus.MISSED, judgedOn, figure, shortfalls);
        }
        return new Outcome(progressing ? GoalStatus.ON_TRACK : GoalStatus.AT_RISK, judgedOn, figure, shortfalls);
    }

    private static Outcome noData(GoalDefinition goal, LocalDate asOf) {
        return new Outcome(GoalStatus.NO_DATA, judgedOn(goal, asOf), Optional.empty(), List.of());
    }

    private static boolean deadlinePassed(GoalDefinition goal, LocalDate asOf) {
        return asOf.isAfter(goal.deadline());
    }

    private static LocalDate judgedOn(GoalDefinition goal, LocalDate asOf) {
        return deadlinePassed(goal, asOf) ? goal.deadline() : asOf;
    }
}
