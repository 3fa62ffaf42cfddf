package se.klusterportalen.funding;

import se.klusterportalen.audit.Change;
import se.klusterportalen.api.PageResponse;
import se.klusterportalen.api.Paging;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.klusterportalen.programme.ProgrammeId;

import java.math.BigDecimal;
import java.util.List;

/**
 * Read access to a programme's funding: streams, every cluster's planned and reported kronor per stream and year
 * with its tapering plan and rule warnings, the programme's totals per year and its envelopes. Amounts are whole
 * kronor; shares are percent and leverage kronor per regional krona, both exact decimals.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Funding")
class FundingApiController {

    private final FundingService funding;

    FundingApiController(FundingService funding) {
        this.funding = funding;
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "A programme's funding: streams, every cluster's plan, totals per year and envelopes",
            description = "Amounts are whole kronor (integers); shares are percent and leverage kronor per regional krona, exact decimals. A partly reported year has sums but no share or leverage. Envelopes and warnings also come as lists of their own (`/funding/envelopes`, `/funding/warnings`).")
    @GetMapping("/api/v1/programmes/{id}/funding")
    ProgrammeJson programmeFunding(@PathVariable String id) {
        return ProgrammeJson.of(funding.programmeFunding(ProgrammeId.parse(id)));
    }

    @Operation(summary = "The audit history of a programme's funding: plans, amounts and envelopes",
            description = "Who (username and name), region, when (UTC) and what changed (old → new per field, as text); newest first."
                    + " `subject` is PLAN (tapering plan), AMOUNT (`planned`/`actual`, whole kronor) or ENVELOPE "
                    + "(`amount`, whole kronor).")
    @GetMapping("/api/v1/programmes/{id}/funding/history")
    PageResponse<Change> history(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        return paging.of(funding.history(ProgrammeId.parse(id)));
    }

    @Operation(summary = "A programme's funding envelopes (ramar) per stream and year, with the clusters' planned sum",
            description = "Amounts are whole kronor. Order: year, the stream's order in the plans, stream id.")
    @GetMapping("/api/v1/programmes/{id}/funding/envelopes")
    PageResponse<EnvelopeItemJson> envelopes(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        var programme = funding.programmeFunding(ProgrammeId.parse(id));
        var streams = streamsById(programme);
        var planned = programme.plannedSums();
        return paging.of(programme.envelopes().entrySet().stream()
                .sorted(java.util.Comparator.comparingInt((java.util.Map.Entry<StreamYear, Long> e) -> e.getKey().year())
                        .thenComparingInt(e -> order(streams, e.getKey().stream()))
                        .thenComparing(e -> e.getKey().stream().toString()))
                .map(e -> {
                    long sum = planned.getOrDefault(e.getKey(), 0L);
                    return new EnvelopeItemJson(e.getKey().stream().toString(), name(streams, e.getKey().stream()),
                            e.getKey().year(), e.getValue(), sum, Math.max(0, sum - e.getValue()));
                }).toList());
    }

    @Operation(summary = "A programme's funding warnings: broken tapering rules and exceeded envelopes",
            description = "BASE_RISING: a cluster's planned base funding (`amount`) is higher than the year before "
                    + "(`reference`) within its tapering period. FLOOR_NOT_REACHED: in the tapering plan's end year it "
                    + "is above the floor (`reference`). ENVELOPE_EXCEEDED: the clusters' planned sum of a stream "
                    + "(`amount`) exceeds the programme's envelope (`reference`). Amounts are whole kronor. Order: "
                    + "year, type, cluster name (Swedish collation), stream id.")
    @GetMapping("/api/v1/programmes/{id}/funding/warnings")
    PageResponse<WarningItemJson> warnings(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        var programme = funding.programmeFunding(ProgrammeId.parse(id));
        var streams = streamsById(programme);
        var items = new java.util.ArrayList<WarningItemJson>();
        programme.clusters().forEach(plan -> plan.warnings().forEach(w -> items.add(new WarningItemJson(
                w.type().name(), w.year(), plan.cluster().toString(), plan.clusterName(), null, null, w.amount(),
                w.reference()))));
        programme.envelopeWarnings().forEach(w -> items.add(new WarningItemJson("ENVELOPE_EXCEEDED", w.year(), null,
                null, w.stream().toString(), name(streams, w.stream()), w.planned(), w.envelope())));
        return paging.of(items.stream()
                .sorted(java.util.Comparator.comparingInt(WarningItemJson::year).thenComparing(WarningItemJson::type)
                        .thenComparing(se.klusterportalen.text.Collation.swedish(WarningItemJson::clusterName))
                        .thenComparing(w -> java.util.Objects.toString(w.streamId(), "")))
                .toList());
    }

    private static java.util.Map<FundingStreamId, FundingStreamSummary> streamsById(ProgrammeFunding programme) {
        var streams = new java.util.HashMap<FundingStreamId, FundingStreamSummary>();
        programme.streams().forEach(stream -> streams.put(stream.id(), stream));
        return streams;
    }

    private static int order(java.util.Map<FundingStreamId, FundingStreamSummary> streams, FundingStreamId stream) {
        var summary = streams.get(stream);
        return summary == null ? Integer.MAX_VALUE : summary.order();
    }

    private static String name(java.util.Map<FundingStreamId, FundingStreamSummary> streams, FundingStreamId stream) {
        var summary = streams.get(stream);
        return summary == null ? stream.toString() : summary.name();
    }

    /**
     * @param amount  the envelope, whole kronor
     * @param planned the clusters' planned sum of the stream in the year, whole kronor
     * @param excess  how much the planned sum exceeds the envelope, whole kronor (0 when within it)
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "FundingEnvelope")
    record EnvelopeItemJson(String streamId, String streamName,
                            @io.swagger.v3.oas.annotations.media.Schema(example = "2021") int year,
                            @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "7000000") long amount,
                            @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "6500000") long planned,
                            @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "0") long excess) {
    }

    /**
     * @param type      BASE_RISING, FLOOR_NOT_REACHED or ENVELOPE_EXCEEDED
     * @param clusterId the cluster whose plan breaks the rule; null for ENVELOPE_EXCEEDED
     * @param streamId  the stream whose envelope is exceeded; null for a cluster's warning
     * @param amount    the planned amount that breaks the rule, whole kronor
     * @param reference what it is compared with (the year before, the floor or the envelope), whole kronor
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "FundingWarningItem")
    record WarningItemJson(
            @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"BASE_RISING", "FLOOR_NOT_REACHED",
                    "ENVELOPE_EXCEEDED"}) String type,
            @io.swagger.v3.oas.annotations.media.Schema(example = "2021") int year,
            @org.jspecify.annotations.Nullable String clusterId, @org.jspecify.annotations.Nullable String clusterName,
            @org.jspecify.annotations.Nullable String streamId, @org.jspecify.annotations.Nullable String streamName,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "1200000") long amount,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "1000000") long reference) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "ProgrammeFunding")
    record ProgrammeJson(String id, String name, List<Integer> years, List<StreamJson> streams,
                         List<YearJson> totals, List<ClusterJson> clusters, List<EnvelopeJson> envelopes,
                         List<EnvelopeJson> envelopesExceeded) {

        static ProgrammeJson of(ProgrammeFunding programme) {
            return new ProgrammeJson(programme.programme().toString(), programme.programmeName(), programme.years(),
                    programme.streams().stream().map(StreamJson::of).toList(),
                    programme.perYear().stream().map(YearJson::of).toList(),
                    programme.clusters().stream().map(ClusterJson::of).toList(),
                    programme.envelopes().entrySet().stream()
                            .map(e -> new EnvelopeJson(e.getKey().stream().toString(), e.getKey().year(), e.getValue(),
                                    null))
                            .sorted(java.util.Comparator.comparing(EnvelopeJson::year)
                                    .thenComparing(EnvelopeJson::streamId)).toList(),
                    programme.envelopeWarnings().stream().map(w -> new EnvelopeJson(w.stream().toString(), w.year(),
                            w.envelope(), w.planned())).toList());
        }
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "FundingStream")
    record StreamJson(String id, String name, String standard, String kind, boolean base) {
        static StreamJson of(FundingStreamSummary stream) {
            return new StreamJson(stream.id().toString(), stream.name(), stream.standard().map(Enum::name).orElse(null),
                    stream.kind().name(), stream.base());
        }
    }

    /**
     * A year of the programme. The rule for partly reported years is {@link ProgrammeFunding.Reporting}.
     *
     * @param actual            the outcome reported so far; {@code null} until at least one amount of the year is
     *                          reported. In a partly reported year it is the sum of the reporting clusters only, and
     *                          its {@code regionalSharePercent} and {@code leverage} are {@code null}
     * @param reporting         {@code COMPLETE} (every cluster with money planned has reported), {@code PARTIAL} or
     *                          {@code NONE}
     * @param reportedClusters  clusters with money planned in the year that have reported an outcome
     * @param plannedClusters   clusters with money planned in the year
     */
    record YearJson(int year, MixJson planned, MixJson actual, String reporting, int reportedClusters,
                    int plannedClusters) {
        static YearJson of(ProgrammeFunding.YearFunding year) {
            var reporting = year.reporting();
            return new YearJson(year.year(), MixJson.of(year.planned()),
                    year.actual().map(mix -> reporting.complete() ? MixJson.of(mix) : MixJson.partial(mix)).orElse(null),
                    reporting.status().name(), reporting.reported(), reporting.planned());
        }
    }

    record MixJson(@io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "4200000") long regional, @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "2500000") long otherPublic, @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "3400000") long privateFunding,
                   @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "10100000") long total,
                   @io.swagger.v3.oas.annotations.media.Schema(description = "The regional share of the total, percent",
                           example = "41.5", nullable = true) BigDecimal regionalSharePercent,
                   @io.swagger.v3.oas.annotations.media.Schema(description = "Kronor of other money per regional krona",
                           example = "1.41", nullable = true) BigDecimal leverage,
                   boolean baseMostlyNonRegional) {
        static MixJson of(FundingMix mix) {
            return new MixJson(mix.regional(), mix.otherPublic(), mix.privateFunding(), mix.total(),
                    mix.regionalShare().orElse(null), mix.leverage().orElse(null), mix.baseMostlyNonRegional());
        }

        /** Some clusters' outcome: the sums, but no share or leverage that would read as the programme's. */
        static MixJson partial(FundingMix mix) {
            return new MixJson(mix.regional(), mix.otherPublic(), mix.privateFunding(), mix.total(), null, null,
                    mix.baseMostlyNonRegional());
        }
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "FundingClusterPlan")
    record ClusterJson(String id, String name, long version, TaperingJson tapering, List<AmountJson> amounts,
                       List<WarningJson> warnings) {
        static ClusterJson of(ClusterFundingPlan plan) {
            return new ClusterJson(plan.cluster().toString(), plan.clusterName(), plan.version(),
                    plan.tapering().map(TaperingJson::of).orElse(null),
                    plan.amounts().stream().sorted(java.util.Comparator.comparing(FundingAmountValue::year)
                                    .thenComparing(a -> a.stream().toString()))
                            .map(a -> new AmountJson(a.stream().toString(), a.year(), a.planned(),
                                    a.actual().isPresent() ? a.actual().getAsLong() : null)).toList(),
                    plan.warnings().stream().map(w -> new WarningJson(w.type().name(), w.year(), w.amount(),
                            w.reference())).toList());
        }
    }

    record TaperingJson(@io.swagger.v3.oas.annotations.media.Schema(example = "2017") int startYear,
                        @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "2800000") long startAmount,
                        @io.swagger.v3.oas.annotations.media.Schema(example = "2021") int endYear,
                        @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "1000000") long floorAmount, String shape) {
        static TaperingJson of(TaperingPlan plan) {
            return new TaperingJson(plan.startYear(), plan.startAmount(), plan.endYear(), plan.floorAmount(),
                    plan.shape().name());
        }
    }

    /** @param actual {@code null} while the year is not reported */
    record AmountJson(String streamId, @io.swagger.v3.oas.annotations.media.Schema(example = "2019") int year,
                      @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "2350000") long planned,
                      @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor; null while not reported",
                              example = "2350000", nullable = true) Long actual) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "FundingWarning")
    record WarningJson(String type, @io.swagger.v3.oas.annotations.media.Schema(example = "2020") int year,
                       @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "1900000") long amount, @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "1800000") long reference) {
    }

    /** @param planned the clusters' planned sum, where it exceeds the envelope; {@code null} in the list of envelopes */
    record EnvelopeJson(String streamId, @io.swagger.v3.oas.annotations.media.Schema(example = "2021") int year,
                        @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor", example = "7000000") long amount,
                        @io.swagger.v3.oas.annotations.media.Schema(description = "Whole kronor; null in the list of envelopes",
                                example = "7600000", nullable = true) Long planned) {
    }
}
