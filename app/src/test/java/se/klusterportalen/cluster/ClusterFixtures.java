package se.klusterportalen.cluster;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.klusterportalen.testsupport.RegionSql;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Clusters for a test, made through {@link ClusterService} as the signed-in officer: inside the test's
 * transaction they are rolled back with it; inside {@code RealLogin.inOwnTransaction} they are committed and
 * stay, so give them a {@link #unique} name. See docs/adr/0008-test-data.md.
 */
@Component
public class ClusterFixtures {

    private final ClusterService clusters;
    private final JdbcTemplate jdbc;
    private final RegionSql sql;

    @PersistenceContext
    private EntityManager entityManager;

    ClusterFixtures(ClusterService clusters, JdbcTemplate jdbc, RegionSql sql) {
        this.clusters = clusters;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /**
     * Clean-up for a test that had to commit a cluster into a demo region (ADR 0008): removes the cluster and every
     * row that names it (labels, manager bindings, milestones, assessments and their answers, …), so that the demo
     * region's pinned figures hold for the tests that run after it. The audit history stays.
     */
    public void removeCommitted(String region, ClusterId cluster) {
        UUID id = cluster.value();
        sql.runAsRegion(region, status -> {
            jdbc.update("DELETE FROM assessment_answer WHERE assessment_id IN "
                    + "(SELECT id FROM assessment WHERE cluster_id = ?)", id);
            jdbc.update("DELETE FROM assessment WHERE cluster_id = ?", id);
            List<String> tables = sql.tablesWithColumn("cluster_id");
            tables.forEach(table -> jdbc.update("DELETE FROM " + table + " WHERE cluster_id = ?", id));
            jdbc.update("DELETE FROM cluster WHERE id = ?", id);
        });
    }

    /**
     * As {@link #removeCommitted(String, ClusterId)} for every cluster of that name in the region, if there is one:
     * the clean-up in a {@code finally} of a test whose cluster may or may not have been saved when it failed.
     */
    public void removeCommittedNamed(String region, String name) {
        List<UUID> ids = sql.asRegion(region, status ->
                jdbc.queryForList("SELECT id FROM cluster WHERE name = ?", UUID.class, name));
        ids.forEach(id -> removeCommitted(region, new ClusterId(id)));
    }

    /** A name no other test run uses: the prefix and a random suffix. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new active cluster with only its name (an officer's right). */
    public ClusterId create(String name) {
        var draft = clusters.newDraft();
        draft.setName(name);
        return clusters.create(draft);
    }

    /** A new active cluster in Skåne with a host, a sector, 1.5 FTE and one contact ("Test Person"). */
    public ClusterId createWithProfile(String name) {
        var draft = clusters.newDraft();
        draft.setName(name);
        draft.setSector("Test");
        draft.setCounty(County.SKANE);
        draft.setHostOrgNumber("2321000255");
        draft.setManagementFte(new BigDecimal("1.5"));
        draft.setContacts(List.of(ContactPerson.create("Test Person", "Klusterledare", "test@example.se", "040-123 45")));
        return clusters.create(draft);
    }

    /** The id of the region's cluster of that name (demo data or made by the test). */
    public ClusterId idOf(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** A count by SQL in the test's transaction, after Hibernate has written what it holds. */
    public int count(String sql, Object... args) {
        entityManager.flush();
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }
}
