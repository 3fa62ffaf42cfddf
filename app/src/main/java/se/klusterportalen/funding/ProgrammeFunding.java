package se.klusterportalen.funding;

import se.klusterportalen.programme.ProgrammeId;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The clusters with money planned in the year, and how many of them have reported any outcome for it. This is
     * the one rule for partly reported years: the UI, the REST API, the Excel export, the overview and the reports
     * all read it from here.
     */
    public record Reporting(int reported, int planned) {

        /** Every cluster with money planned has reported: the outcome is the programme's. */
        public boolean complete() {
            return planned > 0 && reported == planned;
        }

        /** Some but not all clusters have reported: the outcome is a sum of some clusters' only. */
        public boolean partial() {
            return reported > 0 && reported < planned;
        }

        public Status status() {
            return complete() ? Status.COMPLETE : partial() ? Status.PARTIAL : Status.NONE;
        }

        public enum Status { NONE, PARTIAL, COMPLETE }
    }

    /**
     * One year of the programme: the plan, the outcome reported so far (empty while nobody has reported) and how
     * many clusters reported. Shares and leverage of the outcome exist only for a completely reported year: those
     * of a partly reported year would be read as the programme's.
     */
    public record YearFunding(int year, FundingMix planned, Optional<FundingMix> actual, Reporting reporting) {

        /** The outcome, only when every cluster with money planned has reported. */
        public Optional<FundingMix> completeActual() {
            return reporting.complete() ? actual : Optional.empty();
        }

        /** The region's share of the outcome in percent, only for a completely reported year. */
        public Optional<BigDecimal> actualRegionalShare() {
            return completeActual().flatMap(FundingMix::regionalShare);
        }

        /** The outcome's leverage (non-regional kronor per regional krona), only for a completely reported year. */
        public Optional<BigDecimal> actualLeverage() {
            return completeActual().flatMap(FundingMix::leverage);
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

    /** Every year of the programme, in order, with plan, outcome so far and reporting (see {@link YearFunding}). */
    public List<YearFunding> perYear() {
        SortedMap<Integer, FundingMix> planned = mixPerYear(Basis.PLANNED);
        SortedMap<Integer, FundingMix> actual = mixPerYear(Basis.ACTUAL);
        return years.stream().map(year -> new YearFunding(year, planned.getOrDefault(year, FundingMix.ZERO),
                Optional.ofNullable(actual.get(year)), reporting(year))).toList();
    }

    /**
     * The outcome per year for the years every cluster with money planned has reported: a sum of some clusters'
     * outcome would read as the programme's.
     */
    public SortedMap<Integer, FundingMix> completeActualPerYear() {
        SortedMap<Integer, FundingMix> complete = new TreeMap<>();
        perYear().forEach(year -> year.completeActual().ifPresent(mix -> complete.put(year.year(), mix)));
        return complete;
    }

    /** The years some but not all clusters have reported, in order. */
    public List<YearFunding> partlyReportedYears() {
        return perYear().stream().filter(year -> year.reporting().partial()).toList();
    }

    public java.util.OptionalInt firstYearBaseMostlyNonRegional(Basis basis) {
        return mixPerYear(basis).entrySet().stream().filter(e -> e.getValue().baseMostlyNonRegional())
                .mapToInt(Map.Entry::getKey).findFirst();
    }

    public FundingMix total(Basis basis) {
        return mixPerYear(basis).values().stream().reduce(FundingMix.ZERO, FundingMix::plus);
    }
}
