package se.klusterportalen.testsupport;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Consumer;

/**
 * Raw SQL as a given region, in a transaction of its own beside the test's rolled-back one (a new connection,
 * committed at its end): for the row-level-security tests, which look at the committed demo rows from another
 * region, or from none ({@code ""}). The region is written to {@code app.region} for that transaction only, as the
 * portal's transaction manager does at begin. It does not see the test's uncommitted rows.
 */
@Component
public class RegionSql {

    private final TransactionTemplate requiresNew;
    private final JdbcTemplate jdbc;

    RegionSql(PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
        this.requiresNew = new TransactionTemplate(transactionManager);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
    }

    /** The work's result, with {@code app.region} set to the region (a region code, or "" for none). */
    public <T> T asRegion(String region, TransactionCallback<T> work) {
        return requiresNew.execute(status -> {
            jdbc.queryForObject("SELECT set_config('app.region', ?, true)", String.class, region);
            return work.doInTransaction(status);
        });
    }

    /** {@link #asRegion} without a result. */
    public void runAsRegion(String region, Consumer<TransactionStatus> work) {
        asRegion(region, status -> {
            work.accept(status);
            return null;
        });
    }

    /** The region tables (not views, not audit tables) that have a column of that name, by name: for clean-up. */
    public List<String> tablesWithColumn(String column) {
        return jdbc.queryForList("""
                SELECT c.table_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = 'public' AND c.column_name = ? AND t.table_type = 'BASE TABLE'
                  AND c.table_name NOT LIKE '%\\_aud' ORDER BY c.table_name""", String.class, column);
    }
}
