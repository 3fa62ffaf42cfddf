package se.klusterportalen.label;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.klusterportalen.cluster.ClusterId;

import java.util.List;
import se.klusterportalen.rejection.Rejection;

/** Read access to a cluster's labels: GET /api/v1/labels/{clusterId}. */
@RestController
@RequestMapping("/api/v1/labels")
class LabelApiController {

    private final LabelService labels;

    LabelApiController(LabelService labels) {
        this.labels = labels;
    }

    @GetMapping("/{clusterId}")
    ClusterLabelsJson ofCluster(@PathVariable String clusterId) {
        ClusterId id;
        try {
            id = ClusterId.parse(clusterId);
        } catch (IllegalArgumentException e) {
            throw new Rejection.Invalid("clusterId", "label.cluster.invalid-id");
        }
        var result = labels.clusterLabels(id);
        return new ClusterLabelsJson(result.clusterId().toString(),
                result.current().map(LabelJson::of).orElse(null),
                result.history().stream().map(LabelJson::of).toList(),
                result.warnings().stream().map(w -> w.kind().name()).toList());
    }

    record ClusterLabelsJson(String clusterId, LabelJson current, List<LabelJson> history, List<String> warnings) {
    }

    record LabelJson(String id, String level, String assessedOn, String validUntil, Integer scorePercent,
                     String issuerReference) {
        static LabelJson of(LabelRecord label) {
            return new LabelJson(label.id().toString(), label.level().name(), label.assessedOn().toString(),
                    label.validUntil().toString(), label.scorePercent().orElse(null), label.issuerReference());
        }
    }
}
