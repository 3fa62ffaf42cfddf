package se.klusterportalen.cluster;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.RequiresPermission;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The cluster portfolio of the current user's region. */
@Service
public class ClusterService {

    private final ClusterRepository clusters;

    ClusterService(ClusterRepository clusters) {
        this.clusters = clusters;
    }

    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<ClusterSummary> list() {
        return clusters.findAllByOrderByNameAsc().stream().map(Cluster::toSummary).toList();
    }

    @RequiresPermission(Permission.OVERVIEW_VIEW)
    @Transactional(readOnly = true)
    public Map<ClusterStatus, Long> countByStatus() {
        var counts = new EnumMap<ClusterStatus, Long>(ClusterStatus.class);
        for (ClusterStatus status : ClusterStatus.values()) {
            counts.put(status, 0L);
        }
        clusters.findAll().forEach(cluster -> counts.merge(cluster.toSummary().status(), 1L, Long::sum));
        return counts;
    }

    /** For the platform's own set-up (demo data) in the current {@code RegionContext}. */
    @Transactional
    public void addIfMissing(String name, String sector, County county, ClusterStatus status) {
        if (!clusters.existsByNameIgnoreCase(name)) {
            clusters.save(new Cluster(name, sector, county, status));
        }
    }
}
