package se.klusterportalen.programme;

import se.klusterportalen.text.PlainText;
import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import se.klusterportalen.cluster.ClusterFacts;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.UserDirectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Goals of a programme: storage, validation and evaluation. Permissions are checked by {@link ProgrammeService}. */
@Component
class Goals {

    static final int MAX_TITLE = 500;
    static final int MAX_COMMENT = 2000;

    private final ProgrammeGoalRepository goals;
    private final ClusterService clusters;
    private final LabelService labels;
    private final ObjectProvider<BaseFundingSource> funding;
    private final EntityManager entityManager;
    private final UserDirectory directory;

    Goals(ProgrammeGoalRepository goals, ClusterService clusters, LabelService labels,
          ObjectProvider<BaseFundingSource> funding, EntityManager entityManager, UserDirectory directory) {
        this.goals = goals;
        this.clusters = clusters;
        this.labels = labels;
        this.funding = funding;
        this.entityManager = entityManager;
        this.directory = directory;
    }

    List<GoalEvaluation> evaluate(ProgrammeSummary programme, LocalDate asOf) {
        List<ProgrammeGoal> stored = goals.findByProgrammeIdOrderByPosition(programme.id().value());
        if (stored.isEmpty()) {
            return List.of();
        }
        List<ClusterFacts> inScope = clusters.portfolioFacts().stream()
                .filter(facts -> programme.clusters().contains(facts.id()))
                .filter(facts -> facts.status() != ClusterStatus.CLOSED).toList();
        var labelPortfolio = labels.portfolio();
        var evaluations = new ArrayList<GoalEvaluation>();
        for (ProgrammeGoal goal : stored) {
            GoalDefinition definition = goal.definition();
            if (!definition.kind().isRule()) {
                evaluations.add(new GoalEvaluation(goal.id(), definition, goal.manualStatus(), asOf, Optional.empty(),
                        List.of(), goal.statusComment(), goal.version()));
                continue;
            }
            var inputs = new GoalRules.Inputs(inScope, labelPortfolio, baseFunding(programme, definition));
            var outcome = GoalRules.evaluate(definition, asOf, inputs);
            evaluations.add(new GoalEvaluation(goal.id(), definition, outcome.status(), outcome.judgedOn(),
                    outcome.figure(), outcome.shortfalls(), goal.statusComment(), goal.version()));
        }
        return evaluations;
    }

    private Optional<Map<ClusterId, Long>> baseFunding(ProgrammeSummary programme,
                                                   GoalDefinition definition) {
        if (definition.kind() != GoalKind.BASE_FUNDING_MAX) {
            return Optional.empty();
        }
        BaseFundingSource source = funding.getIfAvailable();
        return source == null ? Optional.empty() : source.regionalBaseFunding(programme.id(), definition.fundingYear());
    }

    /** Adds the goal {@code id}; a repeated request with the same id returns the goal already added. */
    ProgrammeGoal add(GoalId id, ProgrammeSummary programme, GoalDefinition raw) {
        var existing = goals.findById(id.value());
        if (existing.isPresent()) {
            return existing.get();
        }
        var definition = validate(raw, programme);
        int position = goals.findByProgrammeIdOrderByPosition(programme.id().value()).stream()
                .mapToInt(ProgrammeGoal::position).max().orElse(0) + 1;
        return goals.saveAndFlush(new ProgrammeGoal(id.value(), programme.id(), position, definition));
    }

    ProgrammeGoal require(GoalId id) {
        return goals.findById(id.value()).orElseThrow(() -> new Rejection.NotFound("programme.goal.not-found"));
    }

    ProgrammeGoal redefine(ProgrammeGoal goal, ProgrammeSummary programme, GoalDefinition raw, long loadedVersion) {
        var definition = validate(raw, programme);
        requireVersion(goal.version(), loadedVersion);
        goal.define(definition);
        return save(goal);
    }

    ProgrammeGoal judge(ProgrammeGoal goal, GoalStatus status, String comment, long loadedVersion) {
        String clean = clean(comment);
        if (clean != null && clean.length() > MAX_COMMENT) {
            throw new Rejection.Invalid("comment", "programme.comment.too-long");
        }
        requireVersion(goal.version(), loadedVersion);
        goal.judge(status, clean);
        return save(goal);
    }

    /** Every saved change of the goal's status or comment, newest first (from the audit tables). */
    List<GoalHistoryEntry> history(GoalId id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT r.revtstmp, r.username, a.manual_status, a.status_comment
                FROM programme_goal_aud a JOIN revinfo r ON r.rev = a.rev
                WHERE a.id = ?1 ORDER BY a.rev""").setParameter(1, id.value()).getResultList();
        var entries = new ArrayList<GoalHistoryEntry>();
        for (Object[] row : rows) {
            var status = row[2] == null ? GoalStatus.NOT_ASSESSED : GoalStatus.valueOf((String) row[2]);
            var comment = (String) row[3];
            var previous = entries.isEmpty() ? null : entries.getLast();
            if (previous != null && previous.status() == status && Objects.equals(previous.comment(), comment)) {
                continue;
            }
            String username = (String) row[1];
            entries.add(new GoalHistoryEntry(Instant.ofEpochMilli(((Number) row[0]).longValue()), username,
                    directory.displayName(username), status, comment));
        }
        return entries.reversed();
    }

    void judgeIfNotAssessed(ProgrammeId programme, String title, GoalStatus status, String comment) {
        goals.findByProgrammeIdOrderByPosition(programme.value()).stream()
                .filter(goal -> goal.definition().title().equals(title) && goal.manualStatus() == GoalStatus.NOT_ASSESSED)
                .forEach(goal -> judge(goal, status, comment, goal.version()));
    }

    boolean hasGoals(ProgrammeId programme) {
        return !goals.findByProgrammeIdOrderByPosition(programme.value()).isEmpty();
    }

    private GoalDefinition validate(GoalDefinition raw, ProgrammeSummary programme) {
        if (raw == null || raw.kind() == null) {
            throw new Rejection.Invalid("kind", "programme.goal.kind.required");
        }
        String title = PlainText.lineOrNull(raw.title());
        if (title == null) {
            throw new Rejection.Invalid("title", "programme.goal.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw new Rejection.Invalid("title", "programme.goal.title.too-long");
        }
        GoalKind kind = raw.kind();
        if (kind.needsLevel() && raw.level() == null) {
            throw new Rejection.Invalid("level", "programme.goal.level.required");
        }
        if (kind.needsThreshold() && (raw.threshold() == null || raw.threshold() < 1)) {
            throw new Rejection.Invalid("threshold", "programme.goal.threshold.required");
        }
        if (kind == GoalKind.LABEL_AT_LEAST && raw.threshold() > programme.clusters().size()) {
            throw new Rejection.Invalid("threshold", "programme.goal.threshold.more-than-clusters");
        }
        LocalDate deadline = raw.deadline();
        Integer year = null;
        if (kind == GoalKind.BASE_FUNDING_MAX) {
            if (raw.fundingYear() == null || !programme.years().contains(raw.fundingYear())) {
                throw new Rejection.Invalid("fundingYear", "programme.goal.year.outside");
            }
            year = raw.fundingYear();
            deadline = LocalDate.of(year, 12, 31);
        }
        if (deadline == null) {
            throw new Rejection.Invalid("deadline", "programme.goal.deadline.required");
        }
        return new GoalDefinition(kind, title, deadline, kind.needsLevel() ? raw.level() : null,
                kind.needsThreshold() ? raw.threshold() : null, year);
    }

    private ProgrammeGoal save(ProgrammeGoal goal) {
        try {
            return goals.saveAndFlush(goal);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new Rejection.Stale("programme.stale");
        }
    }

    static void requireVersion(long actual, long loaded) {
        if (actual != loaded) {
            throw new Rejection.Stale("programme.stale");
        }
    }

    /** A typed title, name or comment as {@link PlainText} normalises it; {@code null} when nothing is left. */
    static String clean(String text) {
        String lines = PlainText.lines(text);
        return lines.isEmpty() ? null : lines;
    }
}
