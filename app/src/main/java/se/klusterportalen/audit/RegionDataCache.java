package se.klusterportalen.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.klusterportalen.tenancy.RegionContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Values made from one region's data (a report, a page's figures), kept by everything they are made from so that
 * asking again while nothing changed does not read and compute them again (issue #19). The key names the region and
 * the version of the kinds of its data the values are made from ({@link DataVersion} of {@link #kinds()}, read with
 * {@link AuditHistoryService#dataVersion(Set)} under the region's row-level security): every committed change of
 * data of such a kind raises its counter (ADR 0094), so a change is another key and an entry is never served stale,
 * and two regions never share an entry; a change of another kind keeps the entries. Everything else the value
 * depends on (the date, the language, the caller's permissions, a chosen programme) belongs in the key too. Old
 * entries fall out when the cache is full (the most recently used stay). Safe for concurrent use; two callers missing
 * the same key may both make the value (the last one stays). A per-node cache: on two nodes (ADR 0090) each keeps its
 * own entries and each is correct because the version is read from the shared database (ADR 0092). Hits and misses
 * are counted as Micrometer's {@code cache.gets} (tags {@code cache} and {@code result} = hit / miss; on the
 * management port's {@code /actuator/prometheus} as {@code cache_gets_total}).
 *
 * <p>Values are shared between sessions and threads: they must be immutable (records of immutable lists and
 * strings), or copied by the caller on the way in and out.
 *
 * @param <K> the key: a record naming the region and its data version besides what else the value is made from
 * @param <V> the value
 */
public final class RegionDataCache<K extends RegionDataCache.Key, V> {

    /**
     * The region whose data may be read from a cache now: the current region, but none inside a transaction of the
     * caller (its own changes may be visible there before their revision raises the data version, so a cached value
     * would be stale or a value read there would be cached under an old version). Ask before opening one's own
     * transaction.
     */
    public static Optional<String> cacheableRegion() {
        return TransactionSynchronizationManager.isActualTransactionActive() ? Optional.empty() : RegionContext.current();
    }


    /** What every key names: the region whose data the value is made from, and that data's version. */
    public interface Key {

        String region();

        DataVersion version();
    }

    private final Map<K, V> entries;
    private final Set<DataKind> kinds;
    private final Counter hits;
    private final Counter misses;

    /**
     * A cache of at most {@code size} entries made from these kinds of a region's data.
     *
     * @param name   the cache's name in the meters ({@code cache} tag)
     * @param kinds  the kinds its values are made from: every key's version counts exactly these
     * @param meters where hits and misses are counted
     */
    public RegionDataCache(String name, Set<DataKind> kinds, int size, MeterRegistry meters) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a cache of a region's data is made from some kind of it");
        }
        this.kinds = Set.copyOf(kinds);
        this.hits = Counter.builder("cache.gets").tag("cache", name).tag("result", "hit")
                .description("values of a region's data served from the cache").register(meters);
        this.misses = Counter.builder("cache.gets").tag("cache", name).tag("result", "miss")
                .description("values of a region's data made because the cache had none").register(meters);
        this.entries = new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }

    /** The kinds of a region's data the values are made from: what the keys' versions count. */
    public Set<DataKind> kinds() {
        return kinds;
    }

    /**
     * The value of this key, made by {@code make} (outside the cache's lock) when it is not cached.
     *
     * @throws IllegalArgumentException when the key's version does not count exactly this cache's kinds
     */
    public V get(K key, Supplier<V> make) {
        if (!key.version().kinds().equals(kinds)) {
            throw new IllegalArgumentException("a key of " + kinds + " versioned by " + key.version().kinds());
        }
        synchronized (entries) {
            V cached = entries.get(key);
            if (cached != null) {
                hits.increment();
                return cached;
            }
        }
        misses.increment();
        V made = make.get();
        synchronized (entries) {
            entries.put(key, made);
        }
        return made;
    }

    /** How many entries are kept now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
