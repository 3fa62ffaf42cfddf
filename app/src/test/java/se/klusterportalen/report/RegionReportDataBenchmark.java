package se.klusterportalen.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.assessment.AssessmentFixtures;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.funding.ClusterFundingPlan;
import se.klusterportalen.funding.FundingAmountValue;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.label.LabelInput;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.programme.GoalDefinition;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import se.klusterportalen.testsupport.SignedInAs;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import se.klusterportalen.audit.AuditHistoryService;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * The whole region report as a politician asks for it: 300 clusters the benchmark adds to Skåne (in its rolled-back
 * transaction) with a programme of 5 years, funding plans of 7 streams, labels, two fixed assessment rounds and
 * goals, read from PostgreSQL through the features' services, laid out and rendered. Not part of the suite (the
 * name does not end in Test); run it by hand with
 * {@code ./mvnw -pl app test -Dtest='RegionReportDataBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}. It prints
 * the figures (time for the data alone, for the whole PDF, SQL statements per report) and records a JFR profile of
 * the timed runs in {@code target/region-report.jfr}.
 */
@IntegrationTest
@Transactional
@SignedInAs(SKANE_OFFICER)
class RegionReportDataBenchmark {

    private static final int CLUSTERS = 300;
    private static final int RUNS = 5;

    @Autowired RealLogin login;
    @Autowired ReportService reports;
    @Autowired ClusterFixtures clusters;
    @Autowired ProgrammeService programmes;
    @Autowired FundingService funding;
    @Autowired LabelService labels;
    @Autowired AssessmentFixtures rounds;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired AuditHistoryService audit;
    @Autowired RegionReportCache cache;
    @PersistenceContext EntityManager entityManager;

    @Test
    void regionReportOf300ClustersFromTheDatabase() throws Exception {
        long setUp = System.nanoTime();
        var ids = new ArrayList<ClusterId>();
        for (int i = 0; i < CLUSTERS; i++) {
            ids.add(clusters.create(ClusterFixtures.unique("Prestandakluster " + (i + 1))));
        }
        var programme = programmes.create(ClusterFixtures.unique("Prestandaprogram"), 2022, 2026, ids);
        programmes.addGoal(programme.id(), GoalDefinition.labelAtLeast("Minst 50 med guld", 50, LabelLevel.GOLD,
                LocalDate.of(2026, 12, 31)));
        programmes.addGoal(programme.id(), GoalDefinition.labelAll("Alla med brons", LabelLevel.BRONZE,
                LocalDate.of(2026, 12, 31)));
        var streams = funding.streams();
        for (int i = 0; i < CLUSTERS; i++) {
            var amounts = new ArrayList<FundingAmountValue>();
            for (var stream : streams) {
                for (int year = 2022; year <= 2026; year++) {
                    amounts.add(new FundingAmountValue(stream.id(), year, 100_000L + 1_000L * i,
                            year <= 2024 ? OptionalLong.of(99_000L + 1_000L * i) : OptionalLong.empty()));
                }
            }
            funding.savePlan(programme.id(), ids.get(i), ClusterFundingPlan.UNSAVED, amounts, Optional.empty());
            if (i % 3 == 0) {
                labels.addLabel(ids.get(i), new LabelInput(LabelLevel.values()[i % 3], LocalDate.of(2025, 1, 1),
                        LocalDate.of(2027, 1, 1), 80, "ref-" + i));
            }
        }
        var before = new LinkedHashMap<ClusterId, int[]>();
        var now = new LinkedHashMap<ClusterId, int[]>();
        for (int i = 0; i < CLUSTERS; i++) {
            int p = 1 + i % 3;
            before.put(ids.get(i), new int[]{p, p, p, 1, 1});
            now.put(ids.get(i), new int[]{p + 1, p + 1, p + 1, p, 1});
        }
        rounds.fixedRound(ClusterFixtures.unique("Före"), Instant.parse("2090-03-01T10:00:00Z"), before);
        rounds.fixedRound(ClusterFixtures.unique("Nu"), Instant.parse("2091-03-01T10:00:00Z"), now);
        long setUpMillis = (System.nanoTime() - setUp) / 1_000_000;
        // as in a request: nothing of the set-up held in memory, no flush before each query (a request's services
        // run in read-only transactions of their own, each with an empty persistence context)
        entityManager.flush();
        entityManager.clear();
        var readOnly = entityManager.unwrap(Session.class);
        readOnly.setHibernateFlushMode(FlushMode.MANUAL);
        readOnly.setDefaultReadOnly(true);
        login.as(SKANE_POLITICIAN);
        var language = Locale.of("sv", "SE");
        var chosen = Optional.of(programme.id());

        byte[] pdf = reports.regionPdf(chosen, language); // warm-up
        entityManager.clear();
        var figures = new StringBuilder("region report, %d clusters from PostgreSQL (set-up %d ms)%n"
                .formatted(CLUSTERS, setUpMillis));
        figures.append(measure("batch fetching as configured", -1, chosen, language, true));
        figures.append(kept(chosen, language));
        figures.append("load average: %.1f%n".formatted(ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()));
        System.out.println(figures);
        Files.writeString(Path.of("target", "region-report-figures.txt"), figures);
        pdf = reports.regionPdf(chosen, language);
        Files.createDirectories(Path.of("target", "reports"));
        Files.write(Path.of("target", "reports", "region-300.pdf"), pdf);
        assertThat(pdf.length).isGreaterThan(0);
    }

    /** Times the data alone and the whole PDF, RUNS times each, and counts the SQL statements of one gathering. */
    /**
     * A report asked for again with nothing changed, as a request outside a transaction gets it: the data version
     * query and the look-up in {@link RegionReportCache} (the benchmark's transaction bypasses the cache in
     * {@code regionPdf}, so the two steps are timed here).
     */
    private String kept(Optional<ProgrammeId> chosen, Locale language) {
        var key = new RegionReportCache.Key("skane", "Region Skåne", audit.dataVersion(RegionReportCache.KINDS), LocalDate.of(2026, 11, 30), language,
                chosen, java.util.Set.of());
        byte[] pdf = reports.regionPdf(chosen, language);
        cache.get(key, () -> pdf);
        long[] millis = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            var again = new RegionReportCache.Key("skane", "Region Skåne", audit.dataVersion(RegionReportCache.KINDS), LocalDate.of(2026, 11, 30),
                    language, chosen, java.util.Set.of());
            byte[] kept = cache.get(again, () -> {
                throw new IllegalStateException("not kept");
            });
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            assertThat(kept).hasSize(pdf.length);
        }
        Arrays.sort(millis);
        return "kept report (data version query + look-up): median %d ms (fastest %d, slowest %d)%n"
                .formatted(millis[RUNS / 2], millis[0], millis[RUNS - 1]);
    }

    private String measure(String label, int batchSize, Optional<ProgrammeId> chosen, Locale language, boolean profile)
            throws Exception {
        var session = entityManager.unwrap(Session.class);
        int configured = session.getFetchBatchSize();
        if (batchSize > 0) {
            session.setFetchBatchSize(batchSize);
        }
        try {
            var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
            entityManager.clear();
            statistics.setStatisticsEnabled(true);
            statistics.clear();
            reports.regionReport(chosen);
            long statements = statistics.getPrepareStatementCount();
            statistics.setStatisticsEnabled(false);
            long[] data = new long[RUNS];
            long[] whole = new long[RUNS];
            long[] wholeCpu = new long[RUNS];
            var threads = ManagementFactory.getThreadMXBean();
            var recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            if (profile) {
                recording.start();
            }
            byte[] pdf = new byte[0];
            for (int run = 0; run < RUNS; run++) {
                entityManager.clear();
                long start = System.nanoTime();
                reports.regionReport(chosen);
                data[run] = (System.nanoTime() - start) / 1_000_000;
                entityManager.clear();
                start = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                pdf = reports.regionPdf(chosen, language);
                whole[run] = (System.nanoTime() - start) / 1_000_000;
                wholeCpu[run] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            }
            if (profile) {
                recording.stop();
                recording.dump(Path.of("target", "region-report.jfr"));
            }
            recording.close();
            Arrays.sort(data);
            Arrays.sort(whole);
            Arrays.sort(wholeCpu);
            return """
                    %s (fetch batch size %d): SQL statements %d; data only median %d ms (fastest %d, slowest %d); \
                    whole PDF median %d ms (fastest %d, slowest %d), %d kB; CPU time of the request's thread for \
                    the whole PDF median %d ms (fastest %d, slowest %d)
                    """.formatted(label, session.getFetchBatchSize(), statements, data[RUNS / 2], data[0],
                    data[RUNS - 1], whole[RUNS / 2], whole[0], whole[RUNS - 1], pdf.length / 1024,
                    wholeCpu[RUNS / 2], wholeCpu[0], wholeCpu[RUNS - 1]);
        } finally {
            session.setFetchBatchSize(configured);
        }
    }
}
