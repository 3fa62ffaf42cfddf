package se.klusterportalen.tenancy;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.PreparedStatement;

/**
 * The second wall: at the start of every transaction the current region is written to the PostgreSQL setting
 * {@code app.region}, transaction-locally, and the row-level security policies compare each row's region with
 * it. Without a region the setting is empty and no policy lets a row through.
 */
final class RowLevelSecurityTransactionManager extends JpaTransactionManager {

    RowLevelSecurityTransactionManager(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        var holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        String region = RegionContext.current().orElse("");
        holder.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('app.region', ?, true)")) {
                statement.setString(1, region);
                statement.execute();
            }
        });
    }
}
