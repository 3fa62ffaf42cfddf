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
class FundingApiController {

    private final FundingService funding;

    FundingApiController(FundingService funding) {
        this.funding = funding;
    }

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

    record MixJson(long regional, long otherPublic, long privateFunding, long total, BigDecimal regionalSharePercent,
                   BigDecimal leverage, boolean baseMostlyNonRegional) {
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

    record TaperingJson(int startYear, long startAmount, int endYear, long floorAmount, String shape) {
        static TaperingJson of(TaperingPlan plan) {
            return new TaperingJson(plan.startYear(), plan.startAmount(), plan.endYear(), plan.floorAmount(),
                    plan.shape().name());
        }
    }

    /** @param actual {@code null} while the year is not reported */
    record AmountJson(String streamId, int year, long planned, Long actual) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "FundingWarning")
    record WarningJson(String type, int year, long amount, long reference) {
    }

    /** @param planned the clusters' planned sum, where it exceeds the envelope; {@code null} in the list of envelopes */
    record EnvelopeJson(String streamId, int year, long amount, Long planned) {
    }
}
