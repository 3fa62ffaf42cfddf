package se.klusterportalen.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules checked on every save of a cluster's plan and every look at a programme. */
public final class FundingRules {

    private FundingRules() {
    }

    /** Warnings for a cluster's planned base funding per year; a missing year counts as 0 kr. */
    public static List<FundingWarning> tapering(Optional<TaperingPlan> tapering, Map<Integer, Long> plannedBase) {
        if (tapering.isEmpty()) {
            return List.of();
        }
        TaperingPlan plan = tapering.get();
        var warnings = new ArrayList<FundingWarning>();
        for (int year = plan.startYear() + 1; year <= plan.endYear(); year++) {
            long before = plannedBase.getOrDefault(year - 1, 0L);
            long now = plannedBase.getOrDefault(year, 0L);
            if (now > before) {
                warnings.add(new FundingWarning(FundingWarning.Type.BASE_RISING, year, now, before));
            }
        }
        long atEnd = plannedBase.getOrDefault(plan.endYear(), 0L);
        if (atEnd > plan.floorAmount()) {
            warnings.add(new FundingWarning(FundingWarning.Type.FLOOR_NOT_REACHED, plan.endYear(), atEnd, plan.floorAmount()));
        }
        return List.copyOf(warnings);
    }

    /** Envelopes the clusters' planned sums exceed; cells without an envelope are not limited. */
    public static List<EnvelopeWarning> envelopes(Map<StreamYear, Long> envelopes, Map<StreamYear, Long> plannedSums) {
        var warnings = new ArrayList<EnvelopeWarning>();
        envelopes.forEach((cell, envelope) -> {
            long planned = plannedSums.getOrDefault(cell, 0L);
            if (planned > envelope) {
                warnings.add(new EnvelopeWarning(cell.stream(), cell.year(), planned, envelope));
            }
        });
        warnings.sort(java.util.Comparator.comparing(EnvelopeWarning::year)
                .thenComparing(warning -> warning.stream().value()));
        return List.copyOf(warnings);
    }
}
