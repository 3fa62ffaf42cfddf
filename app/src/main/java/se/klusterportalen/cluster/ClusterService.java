package se.klusterportalen.cluster;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.security.RequiresPermission;
import se.klusterportalen.security.Role;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The cluster portfolio of the current user's region. */
@Service
public class ClusterService {

    private final ClusterRepository clusters;
    private final ClusterManagerRepository managers;
    private final CurrentUser currentUser;

    ClusterService(ClusterRepository clusters, ClusterManagerRepository managers, CurrentUser currentUser) {
        this.clusters = clusters;
        this.managers = managers;
        this.currentUser = currentUser;
    }

    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<ClusterSummary> list() {
        return clusters.findAllByOrderByNameAsc().stream().map(Cluster::toSummary).toList();
    }

    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public Optional<ClusterSummary> find(ClusterId id) {
        return clusters.findById(id.value()).map(Cluster::toSummary);
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

    /** Facts about every cluster of the region, for goal evaluation. */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<ClusterFacts> portfolioFacts() {
        return clusters.findAllByOrderByNameAsc().stream().map(Cluster::toFacts).toList();
    }

    /** The clusters of the region the signed-in cluster manager is bound to (empty for everyone else). */
    @Transactional(readOnly = true)
    public Set<ClusterId> managedByCurrentUser() {
        return currentUser.get().filter(user -> user.has(Role.CLUSTER_MANAGER)).map(PortalUser::username)
                .map(username -> managers.findByUsername(username).stream()
                        .map(manager -> new ClusterId(manager.clusterId())).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    /** Whether the signed-in user is a cluster manager bound to this cluster. */
    @Transactional(readOnly = true)
    public boolean managesCluster(ClusterId id) {
        return managedByCurrentUser().contains(id);
    }

    /** For the platform's own set-up (demo data) in the current {@code RegionContext}. */
    @Transactional
    public ClusterId addIfMissing(String name, String sector, County county, ClusterStatus status) {
        var existing = clusters.findByNameIgnoreCase(name);
        if (existing.isPresent()) {
            return existing.get().toSummary().id();
        }
        return clusters.save(new Cluster(name, sector, county, status)).toSummary().id();
    }

    /** For the platform's own set-up (demo data) in the current {@code RegionContext}. */
    @Transactional
    public void bindManagerIfMissing(ClusterId cluster, String username) {
        var key = new ClusterManager.Key(cluster.value(), username);
        if (!managers.existsById(key)) {
            managers.save(new ClusterManager(cluster.value(), username));
        }
    }
}
