package se.klusterportalen.funding;

import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.programme.ProgrammeId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A cluster's funding in one programme: planned and reported amounts per stream and year, the saved tapering plan
 * and what follows from them.
 *
 * @param version what a save must name to be accepted; {@link #UNSAVED} before the first save
 */
public record ClusterFundingPlan(ProgrammeId programme, String programmeName, ClusterId cluster, String clusterName,
                                 List<Integer> years, List<FundingStreamSummary> streams,
                                 List<FundingAmountValue> amounts, Optional<TaperingPlan> tapering, long version,
                                 Optional<String> changedBy, Optional<Instant> changedAt) {

    public static final long UNSAVED = -1;

    public ClusterFundingPlan {
        years = List.copyOf(years);
        streams = List.copyOf(streams);
        amounts = List.copyOf(amounts);
    }

    public Optional<FundingAmountValue> amount(FundingStreamId stream, int year) {
        return amounts.stream().filter(a -> a.stream().equals(stream) && a.year() == year).findFirst();
    }

    public long planned(FundingStreamId stream, int year) {
        return amount(stream, year).map(FundingAmountValue::planned).orElse(0L);
    }

    public OptionalLong actual(FundingStreamId stream, int year) {
        return amount(stream, year).map(FundingAmountValue::actual).orElse(OptionalLong.empty());
    }

    public Optional<FundingStreamSummary> baseStream() {
        return streams.stream().filter(FundingStreamSummary::isRegionBase).findFirst();
    }

    public SortedMap<Integer, Long> plannedBase() {
        SortedMap<Integer, Long> base = new TreeMap<>();
        baseStream().ifPresent(stream -> years.forEach(year -> base.put(year, planned(stream.id(), year))));
        return base;
    }

    /**
     * Funding per year. Planned figures cover every year; actual figures only the years with at least one
     * reported amount.
     */
    public SortedMap<Integer, FundingMix> mixPerYear(Basis basis) {
        Map<FundingStreamId, FundingStreamSummary> byId = streams.stream()
                .collect(Collectors.toMap(FundingStreamSummary::id, Function.identity()));
        SortedMap<Integer, FundingMix> mix = new TreeMap<>();
        if (basis == Basis.PLANNED) {
            years.forEach(year -> mix.put(year, FundingMix.ZERO));
        }
        for (FundingAmountValue amount : amounts) {
            FundingStreamSummary stream = byId.get(amount.stream());
            if (stream == null || !years.contains(amount.year())) {
                continue;
            }
            OptionalLong value = basis == Basis.PLANNED ? OptionalLong.of(amount.planned()) : amount.actual();
            if (value.isPresent()) {
                mix.merge(amount.year(), FundingMix.of(stream, value.getAsLong()), FundingMix::plus);
            }
        }
        return mix;
    }

    public FundingMix total(Basis basis) {
        return mixPerYear(basis).values().stream().reduce(FundingMix.ZERO, FundingMix::plus);
    }

    /** The first year in which more than half of the base organisation's money is not the region's. */
    public OptionalInt firstYearBaseMostlyNonRegional(Basis basis) {
        return mixPerYear(basis).entrySet().stream().filter(e -> e.getValue().baseMostlyNonRegional())
                .mapToInt(Map.Entry::getKey).findFirst();
    }

    public List<FundingWarning> warnings() {
        return FundingRules.tapering(tapering, plannedBase());
    }

    /** The effect of another tapering plan on the region's cost, share and leverage, next to this saved plan. */
    public WhatIfComparison whatIf(TaperingPlan changed) {
        return whatIf(TaperingGenerator.propose(changed));
    }

    /** The same for a proposal the officer adjusted year by year. */
    public WhatIfComparison whatIf(TaperingProposal proposal) {
        SortedMap<Integer, Long> savedBase = plannedBase();
        var compared = new ArrayList<WhatIfComparison.Year>();
        mixPerYear(Basis.PLANNED).forEach((year, saved) -> {
            long delta = proposal.amounts().containsKey(year)
                    ? proposal.amounts().get(year) - savedBase.getOrDefault(year, 0L) : 0;
            compared.add(new WhatIfComparison.Year(year, saved, saved.withRegionalBaseChangedBy(delta)));
        });
        return new WhatIfComparison(proposal, compared);
    }
}
