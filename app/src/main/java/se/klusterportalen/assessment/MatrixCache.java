package se.klusterportalen.assessment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.audit.AuditHistoryService;
import se.klusterportalen.audit.DataVersion;
import se.klusterportalen.audit.RegionDataCache;

import se.klusterportalen.tenancy.RegionContext;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The rounds' matrices ({@link RoundMatrix}) kept per region and version of its audited data ({@link
 * RegionDataCache}, as the overview and the region report; issue #19): the matrix page's summary, both grids' pages
 * and their sorts are served from one evaluation of the round's fixed results while nothing changed in the region;
 * a committed change is a new {@link DataVersion} and so a new key. Inside a caller's transaction (its own changes
 * may have no revision yet), or without a region, nothing is cached. Otherwise the version is read first and the
 * matrix after it, each in its own read-only transaction, so a kept entry is never older than its version.
 */
@Component
class MatrixCache {

    /** Rounds kept (about 0.3 MB each for 300 fixed results). */
    static final int ENTRIES = 32;

    record Key(String region, DataVersion version, UUID round) implements RegionDataCache.Key {
    }

    private final RegionDataCache<Key, RoundMatrix> matrices = new RegionDataCache<>(ENTRIES);
    private final AuditHistoryService audit;
    private final TransactionTemplate readOnly;

    MatrixCache(AuditHistoryService audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    RoundMatrix get(UUID round, Supplier<RoundMatrix> read) {
        Optional<String> region = TransactionSynchronizationManager.isActualTransactionActive()
                ? Optional.empty() : RegionContext.current();
        if (region.isEmpty()) {
            return inTransaction(read);
        }
        return matrices.get(new Key(region.get(), audit.dataVersion(), round), () -> inTransaction(read));
    }

    private RoundMatrix inTransaction(Supplier<RoundMatrix> read) {
        RoundMatrix matrix = readOnly.execute(status -> read.get());
        if (matrix == null) {
            throw new IllegalStateException("no matrix read");
        }
        return matrix;
    }
}
