package se.klusterportalen.funding;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.programme.BaseFundingSource;
import se.klusterportalen.programme.ProgrammeId;

import java.util.Map;
import java.util.Optional;

/**
 * Gives the programme's base-funding goals their figure: each planned cluster's regional base funding in a year,
 * the outcome where the year is reported, else the plan.
 */
@Component
class RegionalBaseFundingForGoals implements BaseFundingSource {

    private final ProgrammeSums sums;

    RegionalBaseFundingForGoals(ProgrammeSums sums) {
        this.sums = sums;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Map<ClusterId, Long>> regionalBaseFunding(ProgrammeId programme, int year) {
        Map<ClusterId, Long> perCluster = sums.regionalBaseFunding(programme, year);
        return perCluster.isEmpty() ? Optional.empty() : Optional.of(perCluster);
    }
}
