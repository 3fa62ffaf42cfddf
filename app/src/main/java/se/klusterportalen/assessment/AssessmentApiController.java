package se.klusterportalen.assessment;

import se.klusterportalen.audit.Change;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.klusterportalen.api.PageResponse;
import se.klusterportalen.api.Paging;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.text.Collation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Read access to phase self-assessments: the region's rounds, a round's assessments (those the caller may see: a
 * cluster manager their own clusters' and every fixed one, as the assessment pages show), one assessment with its
 * phases per dimension, answers and horizontal criteria, the phase matrix of a round (fixed results only) and a
 * cluster's assessments.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Assessments")
class AssessmentApiController {

    private final AssessmentService assessments;
    private final ClusterService clusters;

    AssessmentApiController(AssessmentService assessments, ClusterService clusters) {
        this.assessments = assessments;
        this.clusters = clusters;
    }

    @Operation(summary = "The region's assessment rounds", description = "Order: newest opened first, then name, id.")
    @GetMapping("/api/v1/assessment-rounds")
    PageResponse<RoundJson> rounds(@ParameterObject Paging paging) {
        paging.check();
        return paging.of(assessments.rounds().stream()
                .sorted(Comparator.comparing(RoundSummary::openedAt).reversed()
                        .thenComparing(Collation.swedish(RoundSummary::name))
                        .thenComparing(r -> r.id().value()))
                .map(RoundJson::of).toList());
    }

    @Operation(summary = "A round's assessments the caller may see",
            description = "Order: cluster name (Swedish collation), then id.")
    @GetMapping("/api/v1/assessment-rounds/{id}/assessments")
    PageResponse<SummaryJson> roundAssessments(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        RoundId round = RoundId.parse(id);
        return paging.of(assessments.assessments(round).stream()
                .sorted(Collation.<AssessmentSummary>swedish(AssessmentSummary::clusterName)
                        .thenComparing(a -> a.id().value()))
                .map(SummaryJson::of).toList());
    }

    @Operation(summary = "The phase matrix of a round: fixed results per cluster and dimension, with medians",
            description = "Rows by cluster name (Swedish collation). A median can be a half.")
    @GetMapping("/api/v1/assessment-rounds/{id}/matrix")
    MatrixJson matrix(@PathVariable String id) {
        RoundId round = RoundId.parse(id);
        return MatrixJson.of(assessments.matrix(round));
    }

    @Operation(summary = "One assessment: its phases per dimension, answers and horizontal criteria",
            description = "403 when the caller's role may not see it yet (a draft of another cluster's manager).")
    @GetMapping("/api/v1/assessments/{id}")
    AssessmentJson assessment(@PathVariable String id) {
        AssessmentId assessment = AssessmentId.parse(id);
        return AssessmentJson.of(assessments.assessment(assessment));
    }

    @Operation(summary = "An assessment's audit history: its states and its answers",
            description = "Who (username and name), region, when (UTC) and what changed (old → new per field, as text); newest first."
                    + " `subject` is ASSESSMENT or ANSWER (labelled by the criterion's or area's code). 403 when the "
                    + "caller may not see the assessment.")
    @GetMapping("/api/v1/assessments/{id}/history")
    PageResponse<Change> history(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        return paging.of(assessments.history(AssessmentId.parse(id)));
    }

    @Operation(summary = "A cluster's assessments the caller may see, newest round first")
    @GetMapping("/api/v1/clusters/{id}/assessments")
    PageResponse<SummaryJson> clusterAssessments(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        ClusterId cluster = ClusterId.parse(id);
        if (clusters.find(cluster).isEmpty()) {
            throw new Rejection.NotFound("cluster.error.not-found");
        }
        return paging.of(assessments.history(cluster).stream().map(SummaryJson::of).toList());
    }

    /** @param fixed how many of its assessments are fixed */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AssessmentRound")
    record RoundJson(String id, String name, int frameworkVersion, Instant openedAt, int assessments, int fixed) {
        static RoundJson of(RoundSummary round) {
            return new RoundJson(round.id().value().toString(), round.name(), round.frameworkVersion(),
                    round.openedAt(), round.assessments(), round.fixed());
        }
    }

    /**
     * @param phases       the phase of each dimension, by dimension code
     * @param overallPhase the overall phase (the mode of the dimensions' phases)
     */
    record SummaryJson(String id, String roundId, String roundName, String clusterId, String clusterName,
                       String letter, String state, int frameworkVersion, Map<String, Integer> phases,
                       int overallPhase, @Nullable Instant fixedAt, long version) {
        static SummaryJson of(AssessmentSummary a) {
            return new SummaryJson(a.id().value().toString(), a.roundId().value().toString(), a.roundName(),
                    a.clusterId().toString(), a.clusterName(), a.letter(), a.state().name(),
                    a.evaluation().frameworkVersion(), phasesOf(a.evaluation()), a.evaluation().overall(), a.fixedAt(),
                    a.version());
        }
    }

    /** @param missingForNextPhase the criteria of the next phase not yet met */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AssessmentDimension")
    record DimensionJson(String dimension, int phase, boolean highest, List<String> missingForNextPhase) {
    }

    /**
     * @param met   a criterion's answer; {@code null} while unanswered
     * @param level a horizontal criterion's level; {@code null} while unanswered
     * @param reviewComment the officer's reason for changing the answer in review, {@code null} if unchanged
     */
    record AnswerJson(String code, @Nullable Boolean met, @Nullable Integer level, @Nullable String text,
                      @Nullable String detail, @Nullable String reviewComment) {
        static AnswerJson of(AnswerResponse answer) {
            return new AnswerJson(answer.code(), answer.met(), answer.level(), answer.text(), answer.detail(),
                    answer.reviewComment());
        }
    }

    /**
     * @param criteria           the answers to the phase criteria, by code
     * @param horizontalCriteria the levels of the horizontal areas, by code
     */
    record AssessmentJson(SummaryJson summary, List<DimensionJson> dimensions, List<AnswerJson> criteria,
                          List<AnswerJson> horizontalCriteria, @Nullable Instant submittedAt) {
        static AssessmentJson of(AssessmentDetails details) {
            var evaluation = details.evaluation();
            return new AssessmentJson(SummaryJson.of(details.summary()),
                    evaluation.dimensions().stream().map(d -> new DimensionJson(d.dimensionCode(), d.phase(),
                            d.highest(), d.missingForNextPhase())).toList(),
                    details.model().dimensions().stream().flatMap(d -> d.criteria().stream())
                            .map(c -> AnswerJson.of(details.criterion(c.code()))).toList(),
                    details.model().areas().stream().map(a -> AnswerJson.of(details.area(a.code()))).toList(),
                    details.submittedAt());
        }
    }

    record MatrixRowJson(String clusterId, String clusterName, String letter, Map<String, Integer> phases,
                         int overallPhase, Map<String, Integer> horizontalLevels) {
    }

    /** @param overallMedian {@code null} when no cluster has a fixed result */
    record MatrixJson(RoundJson round, List<String> dimensions, List<String> horizontalAreas, List<MatrixRowJson> rows,
                      Map<String, BigDecimal> dimensionMedians, @Nullable BigDecimal overallMedian,
                      Map<String, BigDecimal> horizontalMedians) {
        static MatrixJson of(PortfolioMatrix matrix) {
            return new MatrixJson(RoundJson.of(matrix.round()),
                    matrix.model().dimensions().stream().map(Dimension::code).toList(),
                    matrix.model().areas().stream().map(HorizontalArea::code).toList(),
                    matrix.rows().stream().map(r -> new MatrixRowJson(r.clusterId().toString(), r.clusterName(),
                            r.letter(), phasesOf(r.evaluation()), r.evaluation().overall(),
                            new TreeMap<>(r.areaLevels()))).toList(),
                    new TreeMap<>(matrix.dimensionMedians()), matrix.overallMedian().orElse(null),
                    new TreeMap<>(matrix.areaMedians()));
        }
    }

    private static Map<String, Integer> phasesOf(PhaseEvaluation evaluation) {
        var phases = new java.util.LinkedHashMap<String, Integer>();
        evaluation.dimensions().forEach(d -> phases.put(d.dimensionCode(), d.phase()));
        return phases;
    }
}
