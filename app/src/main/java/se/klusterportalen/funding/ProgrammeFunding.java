package se.klusterportalen.funding;

import se.klusterportalen.programme.ProgrammeId;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SortedMap;

/**
 * A programme's funding: every cluster's plan, the envelopes (ramar) per stream and year, and the sums. The sums and
 * the year rules (reporting, complete and partly reported years, mix per year) are {@link ProgrammeTotals}'s: this
 * record answers through {@link #totals()}, so the page (sums from SQL) and the exports/reports (every plan loaded)
 * cannot drift apart.
 */
public record ProgrammeFunding(ProgrammeId programme, String programmeName, List<Integer> years,
                               List<FundingStreamSummary> streams, List<ClusterFundingPlan> clusters,
                               Map<StreamYear, Long> envelopes) {

    public ProgrammeFunding {
        years = List.copyOf(years);
        streams = List.copyOf(streams);
        clusters = List.copyOf(clusters);
        envelopes = Map.copyOf(envelopes);
    }

    /**
     * The same sums as {@link ProgrammeTotals} (the one implementation of the programme's year rules: every figure
     * below answers through it).
     */
    public ProgrammeTotals totals() {
        return ProgrammeTotals.of(this);
    }

    public Map<StreamYear, Long> plannedSums() {
        return totals().plannedSums();
    }

    public long planned(StreamYear cell) {
        return totals().planned(cell);
    }

    /** The reported sum, empty when no cluster has reported this stream and year. */
    public OptionalLong actual(StreamYear cell) {
        return totals().actual(cell);
    }

    public OptionalLong envelope(StreamYear cell) {
        Long envelope = envelopes.get(cell);
        return envelope == null ? OptionalLong.empty() : OptionalLong.of(envelope);
    }

    public List<EnvelopeWarning> envelopeWarnings() {
        return totals().envelopeWarnings();
    }

    /** See {@link ProgrammeTotals#mixPerYear(Basis)}. */
    public SortedMap<Integer, FundingMix> mixPerYear(Basis basis) {
        return totals().mixPerYear(basis);
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
        return totals().reporting(year);
    }

    /** Every year of the programme, in order, with plan, outcome so far and reporting (see {@link YearFunding}). */
    public List<YearFunding> perYear() {
        return totals().perYear();
    }

    /**
     * The outcome per year for the years every cluster with money planned has reported: a sum of some clusters'
     * outcome would read as the programme's.
     */
    public SortedMap<Integer, FundingMix> completeActualPerYear() {
        return totals().completeActualPerYear();
    }

    /** The years some but not all clusters have reported, in order. */
    public List<YearFunding> partlyReportedYears() {
        return totals().partlyReportedYears();
    }

    public OptionalInt firstYearBaseMostlyNonRegional(Basis basis) {
        return totals().firstYearBaseMostlyNonRegional(basis);
    }

    public FundingMix total(Basis basis) {
        return totals().total(basis);
    }
}
