package se.klusterportalen.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.envers.internal.synchronization.AuditProcessManager;
import org.springframework.stereotype.Component;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Writes, inside the test's rolled-back transaction, the history (one Envers revision) that Envers would write
 * when the transaction commits; the next change starts a new revision. For tests of histories ("who changed what")
 * without committed data: call {@link #record()} after each change whose revision the test reads. Test-only: it
 * reaches into Envers' per-transaction bookkeeping (checked against Hibernate 7.4). See docs/adr/0008-test-data.md.
 */
@Component
public class AuditTrail {

    @PersistenceContext
    private EntityManager entityManager;

    /** Flushes, writes the pending history as one revision by the signed-in user, and closes that revision. */
    public void record() {
        var session = entityManager.unwrap(SessionImplementor.class);
        session.flush();
        var manager = session.getFactory().getServiceRegistry().requireService(EnversService.class)
                .getAuditProcessManager();
        manager.get(session).doBeforeTransactionCompletion(session);
        processes(manager).remove(session.accessTransaction());
    }

    @SuppressWarnings("unchecked")
    private static Map<Transaction, ?> processes(AuditProcessManager manager) {
        try {
            Field field = AuditProcessManager.class.getDeclaredField("auditProcesses");
            field.setAccessible(true);
            return (Map<Transaction, ?>) field.get(manager);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Envers' bookkeeping changed: see AuditTrail", e);
        }
    }
}
