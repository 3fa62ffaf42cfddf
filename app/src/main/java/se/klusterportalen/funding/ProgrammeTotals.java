package se.klusterportalen.funding;

import se.klusterportalen.programme.ProgrammeId;

import java.util.HashMap;
import java.util.HashSet;
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
 * A programme's funding as sums, without the clusters' plans: what the programme's funding page shows above its
 * cluster list (issue #19: summed in the database, not from every plan loaded). The one implementation of the
 * programme's year rules: {@link ProgrammeFunding} (every plan loaded, for exports and reports) answers through
 * {@link #of(ProgrammeFunding)}.
 *
 * @param clusters     how many clusters the programme has
 * @param plannedSums  planned kronor per stream and year, summed over the programme's clusters (cells with an amount)
 * @param actualSums   reported kronor per stream and year; only cells at least one cluster has reported
 * @param reporting    per year with money planned by at least one cluster: how many plan and how many reported
 * @param envelopes    the envelope (ram) per stream and year, in whole kronor
 */
public record ProgrammeTotals(ProgrammeId programme, String programmeName, List<Integer> years,
                              List<FundingStreamSummary> streams, int clusters, Map<StreamYear, Long> plannedSums,
                              Map<StreamYear, Long> actualSums, Map<Integer, ProgrammeFunding.Reporting> reporting,
                              Map<StreamYear, Long> envelopes) {

    public ProgrammeTotals {
        years = List.copyOf(years);
        streams = List.copyOf(streams);
        plannedSums = Map.copyOf(plannedSums);
        actualSums = Map.copyOf(actualSums);
        reporting = Map.copyOf(reporting);
        envelopes = Map.copyOf(envelopes);
    }

    /**
     * The sums of a programme's funding loaded with every plan (the rule the database's sums must equal): a cluster
     * plans in a year when one of its amounts for the year is above zero, and has reported when one of them has an
     * outcome; years nobody plans in have no {@link ProgrammeFunding.Reporting}.
     */
    public static ProgrammeTotals of(ProgrammeFunding funding) {
        var planned = new HashMap<StreamYear, Long>();
        var actual = new HashMap<StreamYear, Long>();
        var planning = new HashMap<Integer, Integer>();
        var reported = new HashMap<Integer, Integer>();
        for (ClusterFundingPlan plan : funding.clusters()) {
            var plansIn = new HashSet<Integer>();
            var reportsIn = new HashSet<Integer>();
            for (FundingAmountValue a : plan.amounts()) {
                planned.merge(a.cell(), a.planned(), Math::addExact);
                a.actual().ifPresent(value -> actual.merge(a.cell(), value, Math::addExact));
                if (a.planned() > 0) {
                    plansIn.add(a.year());
                }
                if (a.actual().isPresent()) {
                    reportsIn.add(a.year());
                }
            }
            plansIn.forEach(year -> {
                planning.merge(year, 1, Integer::sum);
                reported.merge(year, reportsIn.contains(year) ? 1 : 0, Integer::sum);
            });
        }
        var reporting = new HashMap<Integer, ProgrammeFunding.Reporting>();
        planning.forEach((year, count) -> reporting.put(year, new ProgrammeFunding.Reporting(reported.get(year), count)));
        return new ProgrammeTotals(funding.programme(), funding.programmeName(), funding.years(), funding.streams(),
                funding.clusters().size(), planned, actual, reporting, funding.envelopes());
    }

    public long planned(StreamYear cell) {
        return plannedSums.getOrDefault(cell, 0L);
    }

    /** The reported sum, empty when no cluster has reported this stream and year. */
    public OptionalLong actual(StreamYear cell) {
        Long sum = actualSums.get(cell);
        return sum == null ? OptionalLong.empty() : OptionalLong.of(sum);
    }

    public OptionalLong envelope(StreamYear cell) {
        Long envelope = envelopes.get(cell);
        return envelope == null ? OptionalLong.empty() : OptionalLong.of(envelope);
    }

    public List<EnvelopeWarning> envelopeWarnings() {
        return FundingRules.envelopes(envelopes, plannedSums);
    }

    /**
     * Funding per year as {@link ProgrammeFunding#mixPerYear(Basis)}: planned figures cover every year (once the
     * programme has a cluster), actual figures only years with a reported amount; streams the region no longer has
     * and years outside the programme are left out.
     */
    public SortedMap<Integer, FundingMix> mixPerYear(Basis basis) {
        Map<FundingStreamId, FundingStreamSummary> byId = streams.stream()
                .collect(Collectors.toMap(FundingStreamSummary::id, Function.identity()));
        SortedMap<Integer, FundingMix> mix = new TreeMap<>();
        if (basis == Basis.PLANNED && clusters > 0) {
            years.forEach(year -> mix.put(year, FundingMix.ZERO));
        }
        (basis == Basis.PLANNED ? plannedSums : actualSums).forEach((cell, sum) -> {
            FundingStreamSummary stream = byId.get(cell.stream());
            if (stream != null && years.contains(cell.year())) {
                mix.merge(cell.year(), FundingMix.of(stream, sum), FundingMix::plus);
            }
        });
        return mix;
    }

    public ProgrammeFunding.Reporting reporting(int year) {
        return reporting.getOrDefault(year, new ProgrammeFunding.Reporting(0, 0));
    }

    /** Every year of the programme, in order, with plan, outcome so far and reporting. */
    public List<ProgrammeFunding.YearFunding> perYear() {
        SortedMap<Integer, FundingMix> planned = mixPerYear(Basis.PLANNED);
        SortedMap<Integer, FundingMix> actual = mixPerYear(Basis.ACTUAL);
        return years.stream().map(year -> new ProgrammeFunding.YearFunding(year, planned.getOrDefault(year, FundingMix.ZERO),
                Optional.ofNullable(actual.get(year)), reporting(year))).toList();
    }

    /** The outcome per year for the years every cluster with money planned has reported. */
    public SortedMap<Integer, FundingMix> completeActualPerYear() {
        SortedMap<Integer, FundingMix> complete = new TreeMap<>();
        perYear().forEach(year -> year.completeActual().ifPresent(mix -> complete.put(year.year(), mix)));
        return complete;
    }

    /** The years some but not all clusters have reported, in order. */
    public List<ProgrammeFunding.YearFunding> partlyReportedYears() {
        return perYear().stream().filter(year -> year.reporting().partial()).toList();
    }

    public OptionalInt firstYearBaseMostlyNonRegional(Basis basis) {
        return mixPerYear(basis).entrySet().stream().filter(e -> e.getValue().baseMostlyNonRegional())
                .mapToInt(Map.Entry::getKey).findFirst();
    }

    public FundingMix total(Basis basis) {
        return mixPerYear(basis).values().stream().reduce(FundingMix.ZERO, FundingMix::plus);
    }
}
