package se.klusterportalen.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Reads a service answers through a {@link RegionDataCache} (issue #19, ADR 0092, 0094): the version of the kinds of
 * the region's data the cache's values are made from is read first and the value after it, each in its own read-only transaction, so a kept value is never older than the
 * version it is kept by. Inside a caller's transaction (its own changes have no revision yet) or without a region,
 * nothing is cached: the value is read there.
 */
@Component
public class RegionDataReads {

    private final AuditHistoryService audit;
    private final TransactionTemplate readOnly;

    RegionDataReads(AuditHistoryService audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The value {@code read} answers, from {@code cache} under the key {@code key} makes of the region and the version
     * of the cache's {@link RegionDataCache#kinds()} when it may be cached.
     *
     * @throws IllegalStateException when {@code read} answers nothing
     */
    public <K extends RegionDataCache.Key, V> V read(RegionDataCache<K, V> cache,
                                                     BiFunction<String, DataVersion, K> key, Supplier<V> read) {
        Optional<String> region = RegionDataCache.cacheableRegion();
        if (region.isEmpty()) {
            return inTransaction(read);
        }
        return cache.get(key.apply(region.get(), audit.dataVersion(cache.kinds())), () -> inTransaction(read));
    }

    private <V> V inTransaction(Supplier<V> read) {
        V value = readOnly.execute(status -> read.get());
        if (value == null) {
            throw new IllegalStateException("no value read");
        }
        return value;
    }
}
