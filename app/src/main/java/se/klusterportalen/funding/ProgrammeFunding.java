package se.klusterportalen.funding;

import se.klusterportalen.programme.ProgrammeId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/** A programme's funding: every cluster's plan, the envelopes (ramar) per stream and year, and the sums. */
public record ProgrammeFunding(ProgrammeId programme, String programmeName, List<Integer> years,
                               List<FundingStreamSummary> streams, List<ClusterFundingPlan> clusters,
                               Map<StreamYear, Long> envelopes) {

    public ProgrammeFunding {
        years = List.copyOf(years);
        streams = List.copyOf(streams);
        clusters = List.copyOf(clusters);
        envelopes = Map.copyOf(envelopes);
    }

    public Map<StreamYear, Long> plannedSums() {
        var sums = new HashMap<StreamYear, Long>();
        clusters.forEach(plan -> plan.amounts().forEach(a -> sums.merge(a.cell(), a.planned(), Math::addExact)));
        return sums;
    }

    public long planned(StreamYear cell) {
        return plannedSums().getOrDefault(cell, 0L);
    }

    /** The reported sum, empty when no cluster has reported this stream and year. */
    public OptionalLong actual(StreamYear cell) {
        return clusters.stream().flatMap(plan -> plan.amounts().stream())
                .filter(a -> a.cell().equals(cell) && a.actual().isPresent())
                .mapToLong(a -> a.actual().getAsLong()).reduce(Math::addExact)
                .stream().mapToObj(OptionalLong::of).findFirst().orElse(OptionalLong.empty());
    }

    public OptionalLong envelope(StreamYear cell) {
        Long envelope = envelopes.get(cell);
        return envelope == null ? OptionalLong.empty() : OptionalLong.of(envelope);
    }

    public List<EnvelopeWarning> envelopeWarnings() {
        return FundingRules.envelopes(envelopes, plannedSums());
    }

    public SortedMap<Integer, FundingMix> mixPerYear(Basis basis) {
        SortedMap<Integer, FundingMix> sum = new TreeMap<>();
        clusters.forEach(plan -> plan.mixPerYear(basis).forEach((year, mix) -> sum.merge(year, mix, FundingMix::plus)));
        return sum;
    }

    /** The clusters with money planned in the year, and how many of them have reported any outcome for it. */
    public record Reporting(int reported, int planned) {

        public boolean complete() {
            return planned > 0 && reported == planned;
        }
    }

    public Reporting reporting(int year) {
        int planned = 0;
        int reported = 0;
        for (ClusterFundingPlan plan : clusters) {
            boolean plans = plan.amounts().stream().anyMatch(a -> a.year() == year && a.planned() > 0);
            boolean reports = plan.amounts().stream().anyMatch(a -> a.year() == year && a.actual().isPresent());
            planned += plans ? 1 : 0;
            reported += plans && reports ? 1 : 0;
        }
        return new Reporting(reported, planned);
    }

    /**
     * The outcome per year for the years every cluster with money planned has reported: a sum of some clusters'
     * outcome would read as the programme's.
     */
    public SortedMap<Integer, FundingMix> completeActualPerYear() {
        SortedMap<Integer, FundingMix> complete = new TreeMap<>(mixPerYear(Basis.ACTUAL));
        complete.keySet().removeIf(year -> !reporting(year).complete());
        return complete;
    }

    public java.util.OptionalInt firstYearBaseMostlyNonRegional(Basis basis) {
        return mixPerYear(basis).entrySet().stream().filter(e -> e.getValue().baseMostlyNonRegional())
                .mapToInt(Map.Entry::getKey).findFirst();
    }

    public FundingMix total(Basis basis) {
        return mixPerYear(basis).values().stream().reduce(FundingMix.ZERO, FundingMix::plus);
    }
}
