package se.klusterportalen.cluster;

import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The region's clusters as lists and figures: the portfolio grid, facts for goals, counts. */
@Component
class ClusterPortfolio {

    private final ClusterRepository clusters;
    private final ClusterMembers members;

    ClusterPortfolio(ClusterRepository clusters, ClusterMembers members) {
        this.clusters = clusters;
        this.members = members;
    }

    List<ClusterSummary> list() {
        return clusters.findAllByOrderByNameAsc().stream().map(Cluster::toSummary).toList();
    }

    Optional<ClusterSummary> find(ClusterId id) {
        return clusters.findById(id.value()).map(Cluster::toSummary);
    }

    Map<ClusterStatus, Long> countByStatus() {
        var counts = new EnumMap<ClusterStatus, Long>(ClusterStatus.class);
        for (ClusterStatus status : ClusterStatus.values()) {
            counts.put(status, 0L);
        }
        clusters.findAll().forEach(cluster -> counts.merge(cluster.status(), 1L, Long::sum));
        return counts;
    }

    List<ClusterFacts> facts() {
        var byCluster = members.byCluster();
        return clusters.findAllByOrderByNameAsc().stream().map(cluster -> {
            List<MemberCounts> years = byCluster.getOrDefault(cluster.id(), List.of());
            return cluster.toFacts(total(years, 1), total(years, 2));
        }).toList();
    }

    List<PortfolioRow> rows() {
        var byCluster = members.byCluster();
        return clusters.findAllWithAreasByOrderByNameAsc().stream().map(cluster -> {
            List<MemberCounts> years = byCluster.getOrDefault(cluster.id(), List.of());
            Optional<MemberCounts> latest = years.isEmpty() ? Optional.empty() : Optional.of(years.getLast());
            var summary = cluster.toSummary();
            Optional<Integer> trend = total(years, 1).flatMap(last -> total(years, 2).map(before -> last - before));
            return new PortfolioRow(summary.id(), summary.name(), summary.sector(), summary.county(),
                    summary.status(), cluster.areaIds(), total(years, 1), trend, cluster.eccpRegistered(),
                    EccpEligibility.judge(cluster.managementFte(), cluster.englishWebsite(), latest).eligible());
        }).toList();
    }

    /** The total of the n-th latest year (1 = latest). */
    private static Optional<Integer> total(List<MemberCounts> years, int fromEnd) {
        return years.size() < fromEnd ? Optional.empty() : Optional.of(years.get(years.size() - fromEnd).total());
    }
}
