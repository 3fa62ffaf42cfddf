package se.klusterportalen.cluster;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One line of the portfolio grid. */
public record PortfolioRow(ClusterId id, String name, String sector, County county, ClusterStatus status,
                           Set<UUID> areaIds, Optional<Integer> latestMembers, Optional<Integer> memberTrend,
                           boolean eccpRegistered, boolean eccpEligible) {

    public PortfolioRow {
        areaIds = Set.copyOf(areaIds);
    }
}
