package se.klusterportalen.funding;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface FundingPlanRepository extends JpaRepository<FundingPlan, UUID> {

    @EntityGraph(attributePaths = "amounts")
    Optional<FundingPlan> findByProgrammeIdAndClusterId(UUID programmeId, UUID clusterId);

    @EntityGraph(attributePaths = "amounts")
    List<FundingPlan> findByProgrammeId(UUID programmeId);

    /** The plans of some of a programme's clusters with their amounts, in one query (a page of the funding list). */
    @EntityGraph(attributePaths = "amounts")
    List<FundingPlan> findByProgrammeIdAndClusterIdIn(UUID programmeId, java.util.Collection<UUID> clusterIds);
}
