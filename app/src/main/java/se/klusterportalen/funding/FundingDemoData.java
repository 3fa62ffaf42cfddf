package se.klusterportalen.funding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.tenancy.SystemTask;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import static se.klusterportalen.funding.StandardStream.EU_FUNDS;
import static se.klusterportalen.funding.StandardStream.MEMBER_FEES;
import static se.klusterportalen.funding.StandardStream.MUNICIPALITIES;
import static se.klusterportalen.funding.StandardStream.NATIONAL_AGENCIES;
import static se.klusterportalen.funding.StandardStream.OTHER_PRIVATE;
import static se.klusterportalen.funding.StandardStream.REGION_ARENA;
import static se.klusterportalen.funding.StandardStream.REGION_BASE;

/**
 * Skåne's programme 2017–2021 as the programme document describes it (shared/DOMAIN.md): base funding tapering
 * linearly to 1 MSEK per cluster in 2021, open-innovation-arena money within envelopes of 3 MSEK (2019) rising to
 * 7 MSEK (2021), member fees and other money growing; 2017–2019 reported. The clusters' arena plans for 2021
 * exceed the envelope on purpose, so the warning shows. Only plans and envelopes that are missing are created.
 */
@Component
@ConditionalOnBooleanProperty("klusterportal.demo-data")
class FundingDemoData {

    static final String SKANE = "skane";
    static final String NMS = "norra-mellansverige";
    static final String SKANE_PROGRAMME = "Klusterutvecklingsprogram 2017–2021";
    static final String NMS_PROGRAMME = "Smart specialisering Norra Mellansverige 2016–2018";
    static final String DEMO_USER = "demo";
    static final long MILLION = 1_000_000;

    private static final Logger log = LoggerFactory.getLogger(FundingDemoData.class);

    /** Base funding in 2017 and member fees in 2017 (kronor), roughly following the clusters' size. */
    private record Skane(String cluster, long base2017, long fees2017, long municipal, long national, long eu) {
    }

    private static final List<Skane> SKANE_CLUSTERS = List.of(
            new Skane("Media Evolution", 3_200_000, 2_000_000, 600_000, 1_200_000, 800_000),
            new Skane("Mobile Heights", 2_800_000, 700_000, 0, 1_500_000, 0),
            new Skane("Packbridge", 2_600_000, 1_100_000, 200_000, 600_000, 1_000_000),
            new Skane("Livsmedelsakademin", 2_600_000, 800_000, 300_000, 900_000, 0),
            new Skane("Sustainable Business Hub", 2_400_000, 600_000, 400_000, 500_000, 1_200_000),
            new Skane("Resilient Regions Association", 1_800_000, 200_000, 300_000, 400_000, 0),
            new Skane("IUC Syd", 2_400_000, 900_000, 200_000, 800_000, 600_000),
            new Skane("Medicon Valley Alliance", 3_000_000, 2_400_000, 0, 700_000, 1_500_000),
            new Skane("Svenskt Marintekniskt Forum", 2_000_000, 500_000, 200_000, 600_000, 400_000));

    private static final String VISITOR_CLUSTER = "Besöksnäringsklustret Skåne";

    private final ClusterService clusters;
    private final ProgrammeService programmes;
    private final StandardStreams standardStreams;
    private final FundingStreamRepository streams;
    private final FundingPlanRepository plans;
    private final FundingEnvelopeRepository envelopes;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FundingDemoData(ClusterService clusters, ProgrammeService programmes, StandardStreams standardStreams,
                    FundingStreamRepository streams, FundingPlanRepository plans, FundingEnvelopeRepository envelopes,
                    TransactionTemplate transaction, Clock clock) {
        this.clusters = clusters;
        this.programmes = programmes;
        this.standardStreams = standardStreams;
        this.streams = streams;
        this.plans = plans;
        this.envelopes = envelopes;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    void load() {
        SystemTask.runIn(SKANE, this::skane);
        SystemTask.runIn(NMS, this::norraMellansverige);
        log.info("Demo funding present for {} and {}", SKANE, NMS);
    }

    private void skane(SystemTask task) {
        standardStreams.ensurePresent();
        ProgrammeId programme = programmes.ensureExists(task, SKANE_PROGRAMME, 2017, 2021, List.of()).id();
        transaction.executeWithoutResult(status -> {
            Map<StandardStream, FundingStreamId> ids = standardIds();
            for (Skane cluster : SKANE_CLUSTERS) {
                var tapering = new TaperingPlan(2017, cluster.base2017(), 2021, MILLION, TaperingShape.LINEAR,
                        TaperingPlan.THOUSANDS);
                var base = TaperingGenerator.propose(tapering).amounts();
                var amounts = new PlanBuilder(ids);
                for (int year = 2017; year <= 2021; year++) {
                    int step = year - 2017;
                    amounts.plan(REGION_BASE, year, base.get(year));
                    amounts.plan(REGION_ARENA, year, year < 2019 ? 0 : List.of(300_000L, 550_000L, 800_000L).get(year - 2019));
                    amounts.plan(MEMBER_FEES, year, thousands(cluster.fees2017() * (100 + 12L * step) / 100));
                    amounts.plan(MUNICIPALITIES, year, cluster.municipal());
                    amounts.plan(NATIONAL_AGENCIES, year, step % 3 == 2 ? 0 : cluster.national());
                    amounts.plan(EU_FUNDS, year, year >= 2018 && year <= 2020 ? cluster.eu() : 0);
                    amounts.plan(OTHER_PRIVATE, year, thousands(150_000L + 60_000L * step + cluster.fees2017() / 10));
                }
                amounts.reportUpTo(2019, cluster.cluster().length());
                savePlanIfMissing(task, programme, cluster.cluster(), amounts.values(), Optional.of(tapering));
            }
            var visitor = new PlanBuilder(ids);
            visitor.plan(REGION_BASE, 2019, 500_000);
            visitor.plan(REGION_BASE, 2020, 800_000);
            visitor.plan(REGION_BASE, 2021, MILLION);
            visitor.plan(MEMBER_FEES, 2020, 150_000);
            visitor.plan(MEMBER_FEES, 2021, 300_000);
            visitor.plan(MUNICIPALITIES, 2021, 250_000);
            savePlanIfMissing(task, programme, VISITOR_CLUSTER, visitor.values(), Optional.empty());

            saveEnvelopesIfMissing(programme, Map.of(
                    REGION_BASE, new long[]{23_000_000, 20_000_000, 17_000_000, 13_500_000, 10_000_000},
                    REGION_ARENA, new long[]{0, 0, 3_000_000, 5_000_000, 7_000_000}), ids, 2017);
        });
    }

    private void norraMellansverige(SystemTask task) {
        standardStreams.ensurePresent();
        ProgrammeId programme = programmes.ensureExists(task, NMS_PROGRAMME, 2016, 2018, List.of()).id();
        transaction.executeWithoutResult(status -> {
            var tapering = new TaperingPlan(2016, 1_500_000, 2018, MILLION, TaperingShape.LINEAR);
            var amounts = new PlanBuilder(standardIds());
            TaperingGenerator.propose(tapering).amounts().forEach((year, amount) -> amounts.plan(REGION_BASE, year, amount));
            amounts.plan(MEMBER_FEES, 2016, 900_000);
            amounts.plan(MEMBER_FEES, 2017, 1_100_000);
            amounts.plan(MEMBER_FEES, 2018, 1_300_000);
            amounts.reportUpTo(2017, 7);
            savePlanIfMissing(task, programme, "Paper Province", amounts.values(), Optional.of(tapering));
        });
    }

    private Map<StandardStream, FundingStreamId> standardIds() {
        return streams.findAll().stream().map(FundingStream::toSummary).filter(s -> s.standard().isPresent())
                .collect(Collectors.toMap(s -> s.standard().get(), FundingStreamSummary::id));
    }

    private void savePlanIfMissing(SystemTask task, ProgrammeId programme, String clusterName, List<FundingAmountValue> amounts,
                                   Optional<TaperingPlan> tapering) {
        ClusterId cluster = clusters.addIfMissing(task, clusterName, null, null, ClusterStatus.ACTIVE);
        if (plans.findByProgrammeIdAndClusterId(programme.value(), cluster.value()).isPresent()) {
            return;
        }
        var plan = new FundingPlan(programme, cluster);
        plan.replaceAmounts(amounts.stream().collect(Collectors.toMap(FundingAmountValue::cell, Function.identity())));
        plan.taper(tapering);
        plan.changed(DEMO_USER, clock.instant());
        plans.save(plan);
    }

    private void saveEnvelopesIfMissing(ProgrammeId programme, Map<StandardStream, long[]> perYear,
                                        Map<StandardStream, FundingStreamId> ids, int firstYear) {
        if (!envelopes.findByProgrammeId(programme.value()).isEmpty()) {
            return;
        }
        perYear.forEach((stream, amounts) -> {
            for (int i = 0; i < amounts.length; i++) {
                if (amounts[i] > 0) {
                    envelopes.save(new FundingEnvelope(programme, new StreamYear(ids.get(stream), firstYear + i), amounts[i]));
                }
            }
        });
    }

    private static long thousands(long kronor) {
        return (kronor + 500) / 1000 * 1000;
    }

    /** Collects planned amounts and makes up plausible outcomes (within a few percent) for reported years. */
    private static final class PlanBuilder {

        private final Map<StandardStream, FundingStreamId> ids;
        private final Map<StreamYear, FundingAmountValue> values = new LinkedHashMap<>();

        PlanBuilder(Map<StandardStream, FundingStreamId> ids) {
            this.ids = new EnumMap<>(ids);
        }

        void plan(StandardStream stream, int year, long planned) {
            var cell = new StreamYear(ids.get(stream), year);
            values.put(cell, new FundingAmountValue(cell.stream(), year, planned, OptionalLong.empty()));
        }

        /** Region money is paid as planned; other money deviates by a few percent, varying by cluster. */
        void reportUpTo(int lastReportedYear, int seed) {
            values.replaceAll((cell, value) -> {
                if (cell.year() > lastReportedYear) {
                    return value;
                }
                boolean regional = cell.stream().equals(ids.get(REGION_BASE)) || cell.stream().equals(ids.get(REGION_ARENA));
                long percent = regional ? 100 : 92 + (seed * 7L + cell.year() * 3L) % 15;
                return new FundingAmountValue(cell.stream(), cell.year(), value.planned(),
                        OptionalLong.of(value.planned() * percent / 100 / 1000 * 1000));
            });
        }

        List<FundingAmountValue> values() {
            return List.copyOf(values.values());
        }
    }
}
