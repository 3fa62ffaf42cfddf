package se.klusterportalen.cluster;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a cluster's history: who changed what, when (UTC), old -> new per field. Values are texts: enum
 * constants by name, yes/no as "true"/"false", dates as ISO dates, areas by their names.
 *
 * @param userDisplayName the name of whoever made the change (the username when the directory does not know it)
 * @param subjectLabel    the year for member counts, the name for a contact or a named member, empty for the profile
 */
public record ClusterChange(Instant at, String username, String userDisplayName, Subject subject, String subjectLabel,
                            Kind kind, List<Field> fields) {

    public enum Subject {
        PROFILE, MEMBERS, NAMED_MEMBER, CONTACT
    }

    public enum Kind {
        CREATED, CHANGED, DELETED
    }

    public record Field(String name, String oldValue, String newValue) {
    }

    public ClusterChange {
        fields = List.copyOf(fields);
    }

    /**
     * The newest entries of a cluster's history.
     *
     * @param changes newest first
     * @param older   whether older entries exist beyond these
     */
    public record Page(List<ClusterChange> changes, boolean older) {

        public Page {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A part of a cluster's history, cut where the caller asked (the REST history's pages).
     *
     * @param changes newest first
     * @param total   how many changes the cluster's records have recorded in all
     */
    public record Slice(List<ClusterChange> changes, long total) {

        public Slice {
            changes = List.copyOf(changes);
        }
    }
}
