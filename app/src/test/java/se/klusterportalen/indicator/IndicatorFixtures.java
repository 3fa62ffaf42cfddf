package se.klusterportalen.indicator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.klusterportalen.testsupport.RegionSql;

import java.util.List;

/**
 * Clean-up for the one test that must commit an indicator import: the REST import runs on a server thread, outside
 * any test transaction (docs/adr/0008-test-data.md). The portal itself never deletes indicators.
 */
@Component
public class IndicatorFixtures {

    private final JdbcTemplate jdbc;
    private final RegionSql sql;

    IndicatorFixtures(JdbcTemplate jdbc, RegionSql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Removes the region's indicators, rounds and values, and the clusters the import created. */
    public void removeImported(String region, List<String> createdClusters) {
        sql.runAsRegion(region, status -> {
            jdbc.update("DELETE FROM indicator_value");
            jdbc.update("DELETE FROM cluster_network");
            jdbc.update("DELETE FROM indicator");
            jdbc.update("DELETE FROM indicator_round");
            createdClusters.forEach(name -> jdbc.update("DELETE FROM cluster WHERE name = ?", name));
        });
    }
}
