package se.klusterportalen.funding;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps what a read-only transaction has read for the rest of that transaction, so one page that reads the same
 * thing twice in one transaction (the overview's goal and money panels both read a programme's funding, issue #19)
 * loads it once. Outside a read-only transaction (every save, and a read joining a read-write transaction) nothing
 * is kept; what is kept is dropped when the transaction ends.
 */
final class PerReadOnlyTransaction {

    private final Object key = new Object();

    /** The value kept under {@code id} in the current read-only transaction, loaded by {@code load} the first time. */
    <K, V> V get(K id, Supplier<V> load) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return load.get();
        }
        @SuppressWarnings("unchecked")
        var kept = (Map<K, V>) TransactionSynchronizationManager.getResource(key);
        if (kept == null) {
            kept = new HashMap<>();
            TransactionSynchronizationManager.bindResource(key, kept);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        V value = kept.get(id);
        if (value == null) {
            value = load.get();
            kept.put(id, value);
        }
        return value;
    }
}
