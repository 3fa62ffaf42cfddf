package se.klusterportalen.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values made from one region's data (a report, a page's figures), kept by everything they are made from so that
 * asking again while nothing changed does not read and compute them again (issue #19). The key names the region and
 * the version of its audited data ({@link DataVersion}, read with {@link AuditHistoryService#dataVersion()} under the
 * region's row-level security): every committed change of the region's audited data writes a revision, so a change
 * is another key and an entry is never served stale, and two regions never share an entry. Everything else the value
 * depends on (the date, the language, the caller's permissions, a chosen programme) belongs in the key too. Old
 * entries fall out when the cache is full (the most recently used stay). Safe for concurrent use; two callers missing
 * the same key may both make the value (the last one stays). A per-node cache: on two nodes (ADR 0090) each keeps its
 * own entries and each is correct because the version is read from the shared database (ADR 0092).
 *
 * <p>Values are shared between sessions and threads: they must be immutable (records of immutable lists and
 * strings), or copied by the caller on the way in and out.
 *
 * @param <K> the key: a record naming the region and its data version besides what else the value is made from
 * @param <V> the value
 */
public final class RegionDataCache<K extends RegionDataCache.Key, V> {

    /** What every key names: the region whose data the value is made from, and that data's version. */
    public interface Key {

        String region();

        DataVersion version();
    }

    private final Map<K, V> entries;

    /** A cache of at most {@code size} entries. */
    public RegionDataCache(int size) {
        this.entries = new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }

    /** The value of this key, made by {@code make} (outside the cache's lock) when it is not cached. */
    public V get(K key, Supplier<V> make) {
        synchronized (entries) {
            V cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
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
