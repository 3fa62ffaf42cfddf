package se.klusterportalen.comparison;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.assessment.DimensionPhase;
import se.klusterportalen.assessment.PhaseEvaluation;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.tenancy.SystemTask;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The system job of the comparison (ADR 0009, ADR 0070): the only code that reads across regions for it. It reads
 * each region in a {@link SystemTask} of that region (so row-level security and the Hibernate tenant are that
 * region's), keeps nothing named, stores the anonymised rows in the platform table {@code comparison_aggregate} and
 * each opted-in region's own rows in its region-owned {@code comparison_own_figure}. Runs nightly and, in the
 * background, after a region opted in or out. Both take ShedLock's lock {@value #LOCK} (one node at a time, across
 * nodes): the nightly run is skipped while another node holds it; the run after an opt-in or opt-out waits for it
 * (trying again every {@code klusterportal.comparison.lock-retry}, default 10 s, for at most the lock's 30 minutes),
 * because a run already under way on another node may have read the region before the change. In one process runs
 * are serialised too ({@code synchronized}).
 */
@Component
class ComparisonJob {

    private static final Logger LOG = LoggerFactory.getLogger(ComparisonJob.class);
    /** ShedLock's row for every run of the comparison, nightly or after a change of participation. */
    static final String LOCK = "comparison.recompute";
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ParticipationRepository participations;
    private final OwnFigureRepository ownFigures;
    private final ClusterService clusters;
    private final AssessmentService assessments;
    private final LabelService labels;
    private final FundingService funding;
    private final Clock clock;
    private final LockProvider locks;
    private final Duration lockRetry;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("comparison-job").daemon().factory());

    ComparisonJob(JdbcClient jdbc, TransactionTemplate transaction, ParticipationRepository participations,
                  OwnFigureRepository ownFigures, ClusterService clusters, AssessmentService assessments,
                  LabelService labels, FundingService funding, Clock clock, LockProvider lockProvider,
                  @Value("${klusterportal.comparison.lock-retry:PT10S}") Duration lockRetry) {
        this.jdbc = jdbc;
        this.locks = lockProvider;
        this.lockRetry = lockRetry;
        // each region's work in a transaction of its own, opened inside the region's task, never a caller's
        this.transaction = new TransactionTemplate(java.util.Objects.requireNonNull(transaction.getTransactionManager()));
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.participations = participations;
        this.ownFigures = ownFigures;
        this.clusters = clusters;
        this.assessments = assessments;
        this.labels = labels;
        this.funding = funding;
        this.clock = clock;
    }

    /** Nightly, in case data changed since the last opt-in or opt-out (cron {@code klusterportal.comparison.cron}). */
    @Scheduled(cron = "${klusterportal.comparison.cron:0 15 3 * * *}", zone = "Europe/Stockholm")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    void nightly() {
        recompute();
    }

    /** After a region opted in or out (committed): recomputes in the background. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void participationChanged(ParticipationChanged changed) {
        background.execute(() -> {
            try {
                recomputeOnOneNode();
            } catch (RuntimeException e) {
                LOG.error("Comparison after {} changed participation failed", changed.regionCode(), e);
            }
        });
    }

    /**
     * Recomputes under the lock {@value #LOCK}; while another node (or the nightly run) holds it, tries again every
     * {@code lockRetry} until it gets it, at most for the lock's longest holding time.
     *
     * @return whether this call computed (false: the lock stayed taken, or the thread was interrupted)
     */
    boolean recomputeOnOneNode() {
        long deadline = System.nanoTime() + LOCK_AT_MOST.toNanos();
        while (true) {
            Optional<SimpleLock> lock = locks.lock(
                    new LockConfiguration(clock.instant(), LOCK, LOCK_AT_MOST, Duration.ZERO));
            if (lock.isPresent()) {
                try {
                    recompute();
                    return true;
                } finally {
                    lock.get().unlock();
                }
            }
            if (System.nanoTime() > deadline) {
                LOG.warn("Comparison not recomputed: the lock {} stayed taken for {}", LOCK, LOCK_AT_MOST);
                return false;
            }
            LOG.info("Comparison waits: another node holds the lock {}", LOCK);
            try {
                Thread.sleep(lockRetry);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /**
     * Reads every opted-in region, replaces the anonymised rows and each opted-in region's own rows.
     *
     * @return the anonymised rows stored
     */
    synchronized List<Aggregation.Row> recompute() {
        Instant now = clock.instant();
        var data = new ArrayList<Aggregation.RegionData>();
        for (String region : regionCodes()) {
            // one transaction per region, opened inside its task: one consistent read of the region, its own rows
            SystemTask.runIn(region, task -> transaction.executeWithoutResult(status -> {
                Optional<Aggregation.RegionData> regionData = read(task);
                regionData.ifPresent(data::add);
                ownFigures.deleteAll(ownFigures.findAll());
                ownFigures.flush();
                regionData.ifPresent(d -> Aggregation.own(d).forEach(row -> ownFigures.save(new OwnFigure(row, now))));
            }));
        }
        var rows = Aggregation.across(data);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM comparison_aggregate").update();
            for (var row : rows) {
                jdbc.sql("""
                        INSERT INTO comparison_aggregate (metric, category, suppressed, value, cluster_count,
                                                          region_count, computed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(row.metric().name(), row.category(), row.suppressed(), row.value(),
                                row.suppressed() ? null : row.clusters(), row.suppressed() ? null : row.regions(),
                                java.sql.Timestamp.from(now))
                        .update();
            }
        });
        LOG.info("Comparison computed across {} opted-in regions", data.size());
        return rows;
    }

    /** The regions that take part now, for the platform administrator: each read in a task of its own. */
    List<Participant> participants() {
        var participants = new ArrayList<Participant>();
        for (String region : regionCodes()) {
            SystemTask.runIn(region, task -> transaction.executeWithoutResult(status -> participation(task)
                    .filter(Participation::optedIn)
                    .ifPresent(p -> participants.add(new Participant(region, p.changedAt(), p.changedBy())))));
        }
        return participants;
    }

    private List<String> regionCodes() {
        return jdbc.sql("SELECT code FROM region ORDER BY code").query(String.class).list();
    }

    /** The region's setting, in the caller's transaction when there is one (else a new one). */
    private Optional<Participation> participation(SystemTask task) {
        SystemTask.require(task);
        return participations.findAll().stream().findFirst();
    }

    /** The region's inputs when it is opted in. */
    private Optional<Aggregation.RegionData> read(SystemTask task) {
        if (!participation(task).map(Participation::optedIn).orElse(false)) {
            return Optional.empty();
        }
        List<ClusterId> open = clusters.openClusters(task);
        List<PhaseEvaluation> evaluations = assessments.latestFixedEvaluations(task, open);
        Map<String, List<Integer>> dimensions = new LinkedHashMap<>();
        for (PhaseEvaluation evaluation : evaluations) {
            for (DimensionPhase dimension : evaluation.dimensions()) {
                dimensions.computeIfAbsent(dimension.dimensionCode(), code -> new ArrayList<>()).add(dimension.phase());
            }
        }
        Map<ClusterId, LabelLevel> levels = labels.currentLevels(task, open);
        List<String> labelLevels = open.stream()
                .map(id -> Optional.ofNullable(levels.get(id)).map(Enum::name).orElse(Metric.NONE)).toList();
        List<BigDecimal> shares = funding.plannedRegionalShares(task, open);
        return Optional.of(new Aggregation.RegionData(open.size(),
                evaluations.stream().map(PhaseEvaluation::overall).toList(), dimensions, labelLevels, shares));
    }
}
