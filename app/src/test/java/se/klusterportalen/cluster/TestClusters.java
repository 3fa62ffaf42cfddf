package se.klusterportalen.cluster;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.tenancy.RegionContext;

/**
 * Removes clusters a test created, so that the demo portfolio other tests count stays as it was. The portal
 * itself never deletes a cluster; the history rows stay.
 */
final class TestClusters {

    private TestClusters() {
    }

    static void deleteByNamePrefix(JdbcTemplate jdbc, TransactionTemplate transaction, String region, String prefix) {
        RegionContext.runAs(region, () -> transaction.executeWithoutResult(status -> {
            String ids = "SELECT id FROM cluster WHERE name LIKE ?";
            for (String table : new String[] {"cluster_area", "cluster_contact", "cluster_member_year",
                    "cluster_member_organisation", "cluster_manager"}) {
                jdbc.update("DELETE FROM " + table + " WHERE cluster_id IN (" + ids + ")", prefix + "%");
            }
            jdbc.update("DELETE FROM cluster WHERE name LIKE ?", prefix + "%");
        }));
    }

    static int count(JdbcTemplate jdbc, TransactionTemplate transaction, String region, String sql, Object... args) {
        return RegionContext.callAs(region, () -> transaction.execute(status -> jdbc.queryForObject(sql, Integer.class, args)));
    }
}
