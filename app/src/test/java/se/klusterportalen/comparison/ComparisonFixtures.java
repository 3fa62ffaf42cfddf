package se.klusterportalen.comparison;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.assessment.FixedResultFixtures;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.label.LabelSystemFixtures;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.tenancy.SystemTask;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Data for the comparison across regions, committed (the job reads each region in a transaction of its own; ADR
 * 0008's rule for such tests): new regions with uniquely named clusters and fixed results, which regions take part,
 * and a computation. Also used by the UI module's view and browser tests.
 */
@Component
public class ComparisonFixtures {

    static final Instant ASSESSED = Instant.parse("2026-05-04T08:00:00Z");

    private final ComparisonJob job;
    private final ParticipationRepository participations;
    private final RegionService regions;
    private final ClusterService clusters;
    private final AssessmentService assessments;
    private final LabelService labels;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> clusterNames = new ArrayList<>();
    private final List<String> regionNames = new ArrayList<>();

    ComparisonFixtures(ComparisonJob job, ParticipationRepository participations, RegionService regions,
                       ClusterService clusters, AssessmentService assessments, LabelService labels,
                       PlatformTransactionManager transactions, JdbcTemplate jdbc, Clock clock) {
        this.job = job;
        this.participations = participations;
        this.regions = regions;
        this.clusters = clusters;
        this.assessments = assessments;
        this.labels = labels;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A new region (code {@code jmf-<run>-<name>}) whose clusters have these phases in every dimension, so also
     * overall; the first {@code gold} clusters hold a valid Gold label. Needs a signed-in user who may read the
     * phase model (any regional role).
     *
     * @return the region's code
     */
    public String region(String name, int gold, Integer... phases) {
        String code = "jmf-" + run + "-" + name;
        String regionName = "Jämförelseregion " + name.toUpperCase() + " " + run;
        regionNames.add(regionName);
        SystemTask.runIn(code, task -> transaction.executeWithoutResult(status -> {
            regions.ensureExists(task, regionName);
            Map<ClusterId, Integer> byCluster = new LinkedHashMap<>();
            for (int i = 0; i < phases.length; i++) {
                String clusterName = "Jämförelsekluster " + name.toUpperCase() + i + " " + run;
                clusterNames.add(clusterName);
                byCluster.put(clusters.addIfMissing(task, clusterName, null, null, ClusterStatus.ACTIVE), phases[i]);
            }
            FixedResultFixtures.fixedRound(assessments, task, "Runda " + run, ASSESSED, byCluster);
            byCluster.keySet().stream().limit(gold).forEach(cluster -> LabelSystemFixtures.label(labels, task,
                    cluster, LabelLevel.GOLD, LocalDate.now(clock).minusMonths(3)));
        }));
        return code;
    }

    /** Exactly these regions take part (each region's own setting, written in a task of that region). */
    public void onlyTakingPart(String... codes) {
        Set<String> taking = Set.of(codes);
        for (String code : jdbc.queryForList("SELECT code FROM region", String.class)) {
            SystemTask.runIn(code, task -> transaction.executeWithoutResult(status -> {
                var existing = participations.findAll().stream().findFirst();
                if (existing.isPresent()) {
                    existing.get().change(taking.contains(code), clock.instant(), "test");
                } else if (taking.contains(code)) {
                    participations.save(new Participation(true, clock.instant(), "test"));
                }
            }));
        }
    }

    /** Computes the comparison now, as the nightly job does. */
    public void recompute() {
        job.recompute();
    }

    /** The names of the regions and clusters this fixture made: none may appear in a comparison. */
    public List<String> names() {
        var names = new ArrayList<>(regionNames);
        names.addAll(clusterNames);
        return names;
    }

    /** The part of every code and name that is unique to this run. */
    public String run() {
        return run;
    }
}
