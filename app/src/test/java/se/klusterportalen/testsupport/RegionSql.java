package se.klusterportalen.testsupport;

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
}
