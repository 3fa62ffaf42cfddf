package se.klusterportalen.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.klusterportalen.api.PageResponse;
import se.klusterportalen.api.Paging;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.rejection.Rejection;

import java.util.Comparator;

/**
 * A cluster's funding across programmes: for each programme that funds it, the cluster's plan (planned and reported
 * whole kronor per stream and year, tapering plan, rule warnings).
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Funding")
class ClusterFundingApiController {

    private final FundingService funding;
    private final ClusterService clusters;

    ClusterFundingApiController(FundingService funding, ClusterService clusters) {
        this.funding = funding;
        this.clusters = clusters;
    }

    @Operation(summary = "A cluster's funding plan in each programme that funds it",
            description = "Order: the programme's start year, then programme id.")
    @GetMapping("/api/v1/clusters/{id}/funding")
    PageResponse<PlanJson> ofCluster(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        ClusterId cluster = ClusterId.parse(id);
        if (clusters.find(cluster).isEmpty()) {
            throw new Rejection.NotFound("cluster.error.not-found");
        }
        return paging.of(funding.programmesOf(cluster).stream()
                .sorted(Comparator.comparingInt(ProgrammeSummary::startYear).thenComparing(p -> p.id().value()))
                .map(programme -> new PlanJson(programme.id().toString(), programme.name(),
                        FundingApiController.ClusterJson.of(funding.clusterPlan(programme.id(), cluster))))
                .toList());
    }

    /** @param plan the cluster's plan in the programme, as in the programme's funding */
    @Schema(name = "ClusterFundingInProgramme")
    record PlanJson(String programmeId, String programmeName, FundingApiController.ClusterJson plan) {
    }
}
