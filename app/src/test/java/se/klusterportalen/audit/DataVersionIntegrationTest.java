package se.klusterportalen.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import se.klusterportalen.testsupport.RegionSql;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SqlStatements;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * A region's data version per kind (issue #19, ADR 0094, V98): a committed change raises the counter of its kind
 * once per transaction, for its own region only, and no other kind; a cluster's description edit is a change of the
 * profile texts, not of the clusters; an update that changes nothing and a rolled-back change raise nothing; the
 * version is one statement. Every region-owned table either raises a kind or is named here as read by no cache.
 * Commits its changes (the counters count committed transactions) and undoes them; pins differences, not totals.
 */
@IntegrationTest
@SignedInAs(SKANE_OFFICER)
class DataVersionIntegrationTest {

    /** Region-owned tables no cached value reads: history, notifications, mail, grid preferences, the counters. */
    static final Set<String> WITHOUT_KIND = Set.of("revinfo", "notification", "mail_outbox", "grid_column_choice",
            "data_version");

    @Autowired AuditHistoryService audit;
    @Autowired ClusterService clusters;
    @Autowired RealLogin login;
    @Autowired RegionSql sql;
    @Autowired JdbcTemplate jdbc;
    @Autowired SqlStatements statements;

    @Test
    void everyRegionOwnedTableRaisesAKindOrIsReadByNoCache() {
        List<String> withoutTrigger = jdbc.queryForList("""
                SELECT c.relname FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'region_code' AND NOT a.attisdropped
                 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE '%\\_aud'
                   AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'data_version')
                 ORDER BY c.relname""", String.class);
        assertThat(withoutTrigger).containsExactlyInAnyOrderElementsOf(WITHOUT_KIND);
        List<String> kinds = jdbc.queryForList("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = 'data_version' AND column_name NOT IN ('region_code', 'version')""",
                String.class);
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(
                DataKind.ALL.stream().map(DataKind::column).toList());
    }

    @Test
    void aDescriptionEditRaisesTheProfileTextsAndARenameTheClustersOnceEachInItsOwnRegion() {
        ClusterSummary cluster = clusters.list().getFirst();
        String description = clusters.profile(cluster.id()).orElseThrow().description();
        Map<DataKind, Long> before = counters();
        Map<DataKind, Long> nmsBefore = login.inOwnTransaction(NMS_OFFICER, this::counters);
        try {
            save(cluster.id(), draft -> draft.setDescription(ClusterFixtures.unique("Ny beskrivning")));
            assertThat(changes(before, counters())).as("a description edit, as the load test's save")
                    .isEqualTo(Map.of(DataKind.PROFILE_TEXTS, 1L));

            Map<DataKind, Long> renamed = counters();
            save(cluster.id(), draft -> draft.setName(ClusterFixtures.unique(cluster.name())));
            assertThat(changes(renamed, counters())).isEqualTo(Map.of(DataKind.CLUSTERS, 1L));
        } finally {
            save(cluster.id(), draft -> {
                draft.setName(cluster.name());
                draft.setDescription(description == null ? "" : description);
            });
        }
        assertThat(changes(before, counters())).as("the undo is one transaction changing both")
                .isEqualTo(Map.of(DataKind.PROFILE_TEXTS, 2L, DataKind.CLUSTERS, 2L));
        assertThat(login.inOwnTransaction(NMS_OFFICER, this::counters)).as("another region's version")
                .isEqualTo(nmsBefore);
    }

    @Test
    void manyRowsInOneTransactionRaiseOnceAnUnchangedUpdateAndARollbackNothing() {
        Map<DataKind, Long> before = counters();
        int changed = sql.asRegion(SKANE, status -> jdbc.update("UPDATE cluster SET sector = sector"));
        assertThat(changed).isGreaterThan(1);
        assertThat(counters()).as("an update that changes no value").isEqualTo(before);

        long seenInside = sql.asRegion(SKANE, status -> {
            status.setRollbackOnly();
            jdbc.update("UPDATE cluster SET status = status, county = county, name = name || ' (x)'");
            jdbc.update("UPDATE cluster SET name = name || ' (y)'");
            return jdbc.queryForObject("SELECT clusters FROM data_version", Long.class);
        });
        assertThat(seenInside).as("every cluster renamed twice in one transaction").isEqualTo(before.get(DataKind.CLUSTERS) + 1);
        assertThat(counters()).as("rolled back").isEqualTo(before);

        List<String> rows = sql.asRegion(SKANE, status -> jdbc.queryForList("SELECT region_code FROM data_version",
                String.class));
        assertThat(rows).as("row-level security: the region's own row only").containsExactly(SKANE);
    }

    @Test
    void theVersionIsOneStatementWithACounterForEachKindAskedFor() {
        var kinds = Set.of(DataKind.FUNDING, DataKind.CLUSTERS);
        List<String> read = statements.during(() -> assertThat(audit.dataVersion(kinds).kinds()).isEqualTo(kinds));
        assertThat(read).hasSize(1);
        assertThat(read.getFirst()).contains("data_version").doesNotContain("revinfo");
        assertThat(audit.dataVersion().kinds()).isEqualTo(DataKind.ALL);
    }

    private Map<DataKind, Long> counters() {
        return audit.dataVersion(DataKind.ALL).counters();
    }

    private static Map<DataKind, Long> changes(Map<DataKind, Long> before, Map<DataKind, Long> after) {
        var changes = new EnumMap<DataKind, Long>(DataKind.class);
        after.forEach((kind, counter) -> {
            if (counter - before.get(kind) != 0) {
                changes.put(kind, counter - before.get(kind));
            }
        });
        return changes;
    }

    private void save(ClusterId cluster, java.util.function.Consumer<se.klusterportalen.cluster.ClusterDraft> change) {
        login.inOwnTransaction(SKANE_OFFICER, () -> {
            var draft = clusters.draftOf(cluster);
            long version = clusters.profile(cluster).orElseThrow().version();
            change.accept(draft);
            clusters.update(cluster, version, draft);
        });
    }
}
