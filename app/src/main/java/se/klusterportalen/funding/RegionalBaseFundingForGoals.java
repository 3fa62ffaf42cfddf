package se.klusterportalen.funding;

import org.springframework.stereotype.Component;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.programme.BaseFundingSource;
import se.klusterportalen.programme.ProgrammeId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the programme's base-funding goals their figure: each planned cluster's regional base funding in a year,
 * the outcome where the year is reported, else the plan.
 */
@Component
class RegionalBaseFundingForGoals implements BaseFundingSource {

    private final FundingService funding;

    RegionalBaseFundingForGoals(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public Optional<Map<ClusterId, Long>> regionalBaseFunding(ProgrammeId programme, int year) {
        ProgrammeFunding programmeFunding = funding.programmeFunding(programme);
        if (!programmeFunding.years().contains(year)) {
            return Optional.empty();
        }
        var perCluster = new LinkedHashMap<ClusterId, Long>();
        for (ClusterFundingPlan plan : programmeFunding.clusters()) {
            if (plan.version() == ClusterFundingPlan.UNSAVED) {
                continue;
            }
            plan.baseStream().ifPresent(base ->
                    perCluster.put(plan.cluster(), plan.actual(base.id(), year).orElse(plan.planned(base.id(), year))));
        }
        return perCluster.isEmpty() ? Optional.empty() : Optional.of(perCluster);
    }
}
