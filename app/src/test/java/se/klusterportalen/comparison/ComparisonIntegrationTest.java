package se.klusterportalen.comparison;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.tenancy.SystemTask;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import se.klusterportalen.testsupport.SignedInAs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.ADMIN;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * The comparison across regions against regions, clusters and fixed results the test builds (ADR 0070). The job
 * reads each region in its own committed transaction, so this test commits what it builds (ADR 0008's rule for
 * such tests): regions with unique codes, and before each computation it states which regions take part.
 */
@IntegrationTest
@SignedInAs(SKANE_OFFICER)
class ComparisonIntegrationTest {

    /** What a stored figure may be about: nothing else, in particular no region code or cluster name. */
    static final Set<String> CATEGORIES = Set.of("ALL", "MEDIAN", "0", "1", "2", "3", "4", "S", "O", "N", "A", "F",
            "GOLD", "SILVER", "BRONZE", "NONE");

    @Autowired ComparisonFixtures fixtures;
    @Autowired ComparisonJob job;
    @Autowired ComparisonService comparison;
    @Autowired OwnFigureRepository ownFigures;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;
    @Autowired RealLogin login;
    @Autowired LockProvider locks;

    String region(String name, int gold, Integer... phases) {
        return fixtures.region(name, gold, phases);
    }

    void onlyTakingPart(String... codes) {
        fixtures.onlyTakingPart(codes);
    }

    Map<String, Map<String, Object>> storedAggregates() {
        return jdbc.queryForList("SELECT * FROM comparison_aggregate").stream()
                .collect(Collectors.toMap(row -> row.get("metric") + "/" + row.get("category"), row -> row));
    }

    @Test
    void threeRegionsGiveThePinnedDistributionAndStoreNoName() {
        String a = region("a", 2, 2, 2, 3, 3);
        String b = region("b", 2, 2, 2, 3, 3);
        String c = region("c", 1, 2, 3, 3, 4);
        onlyTakingPart(a, b, c);

        job.recompute();

        var stored = storedAggregates();
        assertThat(stored.get("PARTICIPATION/ALL")).containsEntry("cluster_count", 12).containsEntry("region_count", 3);
        assertThat((java.math.BigDecimal) stored.get("OVERALL_PHASE/2").get("value")).isEqualByComparingTo("41.7");
        assertThat((java.math.BigDecimal) stored.get("OVERALL_PHASE/3").get("value")).isEqualByComparingTo("50.0");
        assertThat(stored.get("OVERALL_PHASE/4")).containsEntry("suppressed", true).containsEntry("value", null)
                .containsEntry("cluster_count", null);
        assertThat((java.math.BigDecimal) stored.get("DIMENSION_MEDIAN/S").get("value")).isEqualByComparingTo("3.0");
        assertThat((java.math.BigDecimal) stored.get("LABEL_LEVEL/GOLD").get("value")).isEqualByComparingTo("41.7");
        assertThat((java.math.BigDecimal) stored.get("LABEL_LEVEL/NONE").get("value")).isEqualByComparingTo("58.3");
        assertThat(stored.get("LABEL_LEVEL/SILVER")).containsEntry("suppressed", true);

        // nothing stored says whose figures they are
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = 'comparison_aggregate'", String.class))
                .containsExactlyInAnyOrder("metric", "category", "suppressed", "value", "cluster_count",
                        "region_count", "computed_at");
        assertThat(stored.values()).allSatisfy(row -> assertThat(CATEGORIES).contains((String) row.get("category")));
        String everything = stored.values().toString();
        assertThat(everything).doesNotContain(a, b, c, fixtures.run());
        assertThat(fixtures.names()).isNotEmpty().allSatisfy(name -> assertThat(everything).doesNotContain(name));

        // a region's own figures, stored in its own region-owned rows
        var own = SystemTask.callIn(c, task -> transaction.execute(status -> ownFigures.findAll().stream()
                .collect(Collectors.toMap(f -> f.metric() + "/" + f.category(), f -> f))));
        assertThat(own.get("OVERALL_PHASE/3").value()).isEqualByComparingTo("50.0");
        assertThat(own.get("OVERALL_PHASE/3").clusterCount()).isEqualTo(2);
        assertThat(own.get("OVERALL_PHASE/4").value()).isEqualByComparingTo("25.0");
    }

    @Test
    void fourClustersFromThreeRegionsAreSuppressed() {
        onlyTakingPart(region("d", 0, 2, 2), region("e", 0, 2), region("f", 0, 3));

        job.recompute();

        assertThat(storedAggregates().values()).allSatisfy(row -> assertThat(row)
                .containsEntry("suppressed", true).containsEntry("value", null).containsEntry("region_count", null));
    }

    @Test
    void twoRegionsAreSuppressedWhateverTheirSize() {
        onlyTakingPart(region("g", 5, 2, 2, 2, 2, 2, 3), region("h", 5, 2, 2, 2, 2, 2, 3));

        job.recompute();

        assertThat(storedAggregates().values()).allSatisfy(row -> assertThat(row).containsEntry("suppressed", true));
    }

    @Test
    void aRegionThatOptsOutDisappearsFromTheFigures() {
        String i = region("i", 0, 2, 2);
        String j = region("j", 0, 2, 2);
        String k = region("k", 0, 2, 2);
        String l = region("l", 0, 2, 2);
        onlyTakingPart(i, j, k, l);
        job.recompute();
        assertThat(storedAggregates().get("OVERALL_PHASE/2")).containsEntry("cluster_count", 8)
                .containsEntry("region_count", 4);

        onlyTakingPart(i, j, k);
        job.recompute();
        assertThat(storedAggregates().get("OVERALL_PHASE/2")).containsEntry("cluster_count", 6)
                .containsEntry("region_count", 3);
        List<OwnFigure> leftOwn = SystemTask.callIn(l, task -> transaction.execute(status -> ownFigures.findAll()));
        assertThat(leftOwn).isEmpty();

        onlyTakingPart(i, j);
        job.recompute();
        assertThat(storedAggregates().get("OVERALL_PHASE/2")).containsEntry("suppressed", true);
    }

    /**
     * Two nodes: the run after an opt-in does not compute while another node holds ShedLock's row (its run may have
     * read the region before the change); it computes once the row is free, with the region's figures in it.
     */
    @Test
    void theRunAfterAChangeWaitsForAnotherNodesRunAndThenComputes() throws Exception {
        String a = region("p", 0, 2, 2), b = region("q", 0, 2), c = region("r", 0, 2, 2);
        onlyTakingPart(a, b, c);
        jdbc.update("DELETE FROM comparison_aggregate");
        var config = new LockConfiguration(Instant.now(), ComparisonJob.LOCK, Duration.ofMinutes(5), Duration.ZERO);
        SimpleLock otherNode = locks.lock(config).orElseThrow();

        CompletableFuture<Boolean> run = CompletableFuture.supplyAsync(job::recomputeOnOneNode);
        Thread.sleep(1500);
        assertThat(run).as("waits while the other node computes").isNotDone();
        assertThat(storedAggregates()).isEmpty();

        otherNode.unlock();
        assertThat(run.get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(storedAggregates().get("OVERALL_PHASE/2")).containsEntry("cluster_count", 5)
                .containsEntry("region_count", 3);
    }

    @Test
    void anOfficerOptsTheRegionInAuditedAndTheAdministratorSeesIt() {
        onlyTakingPart();
        login.inOwnTransaction(SKANE_OFFICER, () -> comparison.setParticipation(true));

        Map<String, Object> revision = SystemTask.callIn(SKANE, task -> transaction.execute(status -> jdbc.queryForMap(
                "SELECT r.username, r.region_code, r.revtstmp, a.opted_in FROM comparison_participation_aud a"
                        + " JOIN revinfo r ON r.rev = a.rev ORDER BY r.rev DESC LIMIT 1")));
        assertThat(revision).containsEntry("username", SKANE_OFFICER).containsEntry("region_code", SKANE)
                .containsEntry("opted_in", true);

        List<Participant> taking = login.inOwnTransaction(ADMIN, () -> comparison.participants());
        assertThat(taking).extracting(Participant::regionCode).containsExactly(SKANE);
        assertThat(taking.getFirst().by()).isEqualTo(SKANE_OFFICER);

        assertThat(login.inOwnTransaction(SKANE_POLITICIAN, () -> comparison.page()))
                .returns(true, ComparisonPage::optedIn).returns(false, ComparisonPage::mayChange);
        assertThat(login.inOwnTransaction(NMS_POLITICIAN, () -> comparison.page()))
                .returns(false, ComparisonPage::optedIn).returns(List.of(), ComparisonPage::figures);
        assertThatThrownBy(() -> login.inOwnTransaction(SKANE_POLITICIAN, () -> comparison.setParticipation(false)))
                .isInstanceOf(AccessDeniedException.class);

        login.inOwnTransaction(SKANE_OFFICER, () -> comparison.setParticipation(false));
        assertThat(login.inOwnTransaction(ADMIN, () -> comparison.participants())).isEmpty();
    }
}
