package se.klusterportalen.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.klusterportalen.api.PageResponse;
import se.klusterportalen.api.Paging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** One programme goal (evaluated today) and the audit history of its status: who judged it what, when. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Goals and milestones")
class GoalApiController {

    private final ProgrammeService programmes;

    GoalApiController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @Operation(summary = "One programme goal with its status evaluated today",
            description = "ETag and If-None-Match are supported. A rule goal's `value` and `target` are clusters or "
                    + "whole kronor, as `unit` says.")
    @GetMapping("/api/v1/goals/{id}")
    GoalDetailJson goal(@PathVariable String id) {
        return GoalDetailJson.of(programmes.goal(GoalId.parse(id)));
    }

    @Operation(summary = "A goal's history: every saved status and comment, who and when (UTC), newest first")
    @GetMapping("/api/v1/goals/{id}/history")
    PageResponse<EntryJson> history(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        return paging.of(programmes.goalHistory(GoalId.parse(id)).stream()
                .sorted(Comparator.comparing(GoalHistoryEntry::changedAt).reversed())
                .map(e -> new EntryJson(e.changedAt(), e.username(), e.userDisplayName(), e.status().name(),
                        e.comment()))
                .toList());
    }

    /** @param user the username; {@code userName} the name to show */
    record EntryJson(Instant changedAt, String user, String userName, String status, String comment) {
    }

    /**
     * @param kind                 what the goal asks for (a rule the portal evaluates, or MANUAL)
     * @param judgedOn             the date the status describes: today, or the deadline once it has passed
     * @param value                the figure reached: clusters, or whole kronor ({@code unit}); null for manual goals
     * @param target               the figure asked for, in the same unit; null for manual goals
     * @param clustersFallingShort names of the clusters that do not meet it, Swedish collation order of the rule
     * @param version              the goal's version (optimistic locking)
     */
    @Schema(name = "ProgrammeGoalDetail")
    record GoalDetailJson(String id, String programmeId, GoalKind kind, String title, LocalDate deadline,
                          GoalStatus status, LocalDate judgedOn, @Nullable Long value, @Nullable Long target,
                          GoalEvaluation.Figure.@Nullable Unit unit,
                          List<String> clustersFallingShort, @Nullable String comment, long version) {
        static GoalDetailJson of(GoalOfProgramme found) {
            GoalEvaluation goal = found.goal();
            var figure = goal.figure();
            return new GoalDetailJson(goal.id().toString(), found.programme().toString(),
                    goal.definition().kind(), goal.definition().title(), goal.definition().deadline(),
                    goal.status(), goal.judgedOn(), figure.map(GoalEvaluation.Figure::value).orElse(null),
                    figure.map(GoalEvaluation.Figure::target).orElse(null),
                    figure.map(GoalEvaluation.Figure::unit).orElse(null),
                    goal.shortfalls().stream().map(Shortfall::clusterName).toList(), goal.comment(), goal.version());
        }
    }
}
