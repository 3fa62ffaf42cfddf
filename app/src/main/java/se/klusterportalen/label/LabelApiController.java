package se.klusterportalen.label;

import se.klusterportalen.audit.Change;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.klusterportalen.cluster.ClusterId;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import se.klusterportalen.api.PageResponse;
import se.klusterportalen.api.Paging;

import java.util.List;

/** Read access to a cluster's labels: GET /api/v1/labels/{clusterId}. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Labels")
@RequestMapping("/api/v1/labels")
class LabelApiController {

    private final LabelService labels;
    private final java.time.Clock clock;

    LabelApiController(LabelService labels, java.time.Clock clock) {
        this.labels = labels;
        this.clock = clock;
    }

    @Operation(summary = "Every cluster's current label and label goal",
            description = "Clusters with a label or a goal, ordered by cluster id. `current` is the label valid today.")
    @GetMapping
    PageResponse<OverviewJson> overview(@ParameterObject Paging paging) {
        paging.check();
        var portfolio = labels.portfolio();
        var today = java.time.LocalDate.now(clock);
        var clusters = new java.util.TreeSet<ClusterId>(java.util.Comparator.comparing(ClusterId::value));
        clusters.addAll(portfolio.labels().keySet());
        clusters.addAll(portfolio.goals().keySet());
        return paging.of(clusters.stream().map(cluster -> new OverviewJson(cluster.toString(),
                LabelRules.current(portfolio.labels().getOrDefault(cluster, List.of()), today).map(LabelJson::of)
                        .orElse(null),
                portfolio.goal(cluster).map(g -> new GoalJson(g.targetLevel().name(), g.targetDate(),
                        g.version())).orElse(null))).toList());
    }

    @Operation(summary = "A cluster's labels: current, history (newest first), goal and warnings")
    @GetMapping("/{clusterId}")
    ClusterLabelsJson ofCluster(@PathVariable String clusterId) {
        var result = labels.clusterLabels(ClusterId.parse(clusterId));
        return new ClusterLabelsJson(result.clusterId().toString(),
                result.current().map(LabelJson::of).orElse(null),
                result.history().stream().map(LabelJson::of).toList(),
                result.warnings().stream().map(w -> w.kind().name()).toList(),
                result.goal().map(g -> new GoalJson(g.targetLevel().name(), g.targetDate(), g.version()))
                        .orElse(null));
    }

    @Operation(summary = "The audit history of a cluster's labels and label goal",
            description = "Who (username and name), region, when (UTC) and what changed (old → new per field, as text); newest first."
                    + " `subject` is LABEL (labelled by level and assessment date) or LABEL_GOAL.")
    @GetMapping("/{clusterId}/history")
    PageResponse<Change> history(@PathVariable String clusterId, @ParameterObject Paging paging) {
        paging.check();
        return paging.of(labels.history(ClusterId.parse(clusterId)));
    }

    /**
     * @param current  the label valid today, {@code null} when none
     * @param history  every label, newest assessment first
     * @param goal     the label the cluster aims for and by when, {@code null} when none is set
     */
    record ClusterLabelsJson(String clusterId, LabelJson current, List<LabelJson> history, List<String> warnings,
                             GoalJson goal) {
    }

    record OverviewJson(String clusterId, @Nullable LabelJson current, @Nullable GoalJson goal) {
    }

    /** @param targetDate ISO date by which the cluster aims to hold the level */
    @io.swagger.v3.oas.annotations.media.Schema(name = "LabelGoal")
    record GoalJson(String targetLevel, java.time.LocalDate targetDate, long version) {
    }

    record LabelJson(String id, String level, java.time.LocalDate assessedOn, java.time.LocalDate validUntil,
                     @org.jspecify.annotations.Nullable Integer scorePercent,
                     String issuerReference) {
        static LabelJson of(LabelRecord label) {
            return new LabelJson(label.id().toString(), label.level().name(), label.assessedOn(),
                    label.validUntil(), label.scorePercent().orElse(null), label.issuerReference());
        }
    }
}
