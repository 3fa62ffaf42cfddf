package se.klusterportalen.cluster;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/clusters")
class ClusterApiController {

    private final ClusterService clusters;

    ClusterApiController(ClusterService clusters) {
        this.clusters = clusters;
    }

    @GetMapping
    List<ClusterJson> list() {
        return clusters.list().stream().map(ClusterJson::of).toList();
    }

    record ClusterJson(String id, String name, String sector, String county, String status) {
        static ClusterJson of(ClusterSummary cluster) {
            return new ClusterJson(cluster.id().toString(), cluster.name(), cluster.sector(),
                    cluster.county() == null ? null : cluster.county().name(), cluster.status().name());
        }
    }
}
