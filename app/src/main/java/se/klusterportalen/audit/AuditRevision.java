package se.klusterportalen.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One audited change of one entity: who made it, when (UTC) and each field's old and new value.
 *
 * @param region the code of the region the change was made in; {@code null} for a change outside any region
 * @param state  the entity's values after the change (before it, for a deletion)
 */
public record AuditRevision(int revision, String username, @Nullable String region, Instant at, Kind kind,
                            Object entityId, Map<String, Object> state, List<FieldChange> changes) {

    public enum Kind {
        CREATED, CHANGED, DELETED
    }

    /** A field's value before and after; collections come as lists sorted by their text. */
    public record FieldChange(String field, Object oldValue, Object newValue) {
    }

    public AuditRevision {
        state = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(state));
        changes = List.copyOf(changes);
    }
}
