package se.klusterportalen.audit;

import java.util.Map;
import java.util.Set;

/**
 * The version of some kinds of a region's data ({@link AuditHistoryService#dataVersion(Set)}): per kind, how many
 * committed transactions changed data of that kind in the region. Equal versions of the same kinds mean no change of
 * those kinds was committed in between; a change of another kind leaves it equal (issue #19, ADR 0094).
 *
 * @param counters the counter of each kind asked for (0 while the region never changed data of the kind)
 */
public record DataVersion(Map<DataKind, Long> counters) {

    public DataVersion {
        counters = Map.copyOf(counters);
    }

    /** The kinds this version counts. */
    public Set<DataKind> kinds() {
        return counters.keySet();
    }
}
