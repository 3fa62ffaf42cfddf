package se.klusterportalen.cluster;

import org.springframework.stereotype.Component;
import se.klusterportalen.text.Collation;
import se.klusterportalen.audit.AuditHistoryService;
import se.klusterportalen.audit.AuditRevision;
import se.klusterportalen.security.UserDirectory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns the Envers history of a cluster, its member years, named members and contacts into {@link ClusterChange}s. */
@Component
class ClusterHistory {

    /** Fields that say which row a change belongs to, not what changed. */
    private static final Set<String> LINKS = Set.of("clusterId");

    private final AuditHistoryService audit;
    private final UserDirectory directory;
    private final ClusterRepository clusters;
    private final SmartSpecialisationAreaRepository areas;

    ClusterHistory(AuditHistoryService audit, UserDirectory directory, ClusterRepository clusters,
                   SmartSpecialisationAreaRepository areas) {
        this.audit = audit;
        this.directory = directory;
        this.clusters = clusters;
        this.areas = areas;
    }

    /** The cluster's changes, newest first; {@code cluster.error.not-found} for a cluster the region lacks. */
    List<ClusterChange> of(ClusterId id, boolean withContacts) {
        clusters.require(id);
        var names = areas.byId().values().stream().collect(Collectors.toMap(SmartArea::id, SmartArea::name));
        return of(id.value(), names, withContacts);
    }

    List<ClusterChange> of(UUID clusterId, Map<UUID, String> areaNames, boolean withContacts) {
        var changes = new ArrayList<ClusterChange>();
        for (AuditRevision revision : audit.historyOf(Cluster.class, clusterId)) {
            changes.add(toChange(revision, ClusterChange.Subject.PROFILE, "", areaNames));
        }
        for (AuditRevision revision : audit.historyWhere(MemberYear.class, "clusterId", clusterId)) {
            changes.add(toChange(revision, ClusterChange.Subject.MEMBERS,
                    String.valueOf(revision.state().get("year")), areaNames));
        }
        for (AuditRevision revision : audit.historyWhere(MemberOrganisation.class, "clusterId", clusterId)) {
            changes.add(toChange(revision, ClusterChange.Subject.NAMED_MEMBER,
                    String.valueOf(revision.state().get("name")), areaNames));
        }
        if (withContacts) {
            for (AuditRevision revision : audit.historyWhere(ClusterContact.class, "clusterId", clusterId)) {
                changes.add(toChange(revision, ClusterChange.Subject.CONTACT,
                        String.valueOf(revision.state().get("name")), areaNames));
            }
        }
        changes.removeIf(change -> change.fields().isEmpty() && change.kind() == ClusterChange.Kind.CHANGED);
        changes.sort(Comparator.comparing(ClusterChange::at).reversed());
        return changes;
    }

    /**
     * The cluster's newest {@code limit} changes, newest first, and whether older ones exist: each source (profile,
     * member years, named members, contacts) gives its newest {@code limit + 1} revisions, so the reads do not grow
     * with the history; {@code cluster.error.not-found} for a cluster the region lacks.
     */
    ClusterChange.Page newest(ClusterId id, boolean withContacts, int limit) {
        clusters.require(id);
        var areaNames = areas.byId().values().stream().collect(Collectors.toMap(SmartArea::id, SmartArea::name));
        UUID clusterId = id.value();
        var changes = new ArrayList<ClusterChange>();
        boolean older = add(changes, audit.newestOf(Cluster.class, clusterId, limit), limit,
                revision -> toChange(revision, ClusterChange.Subject.PROFILE, "", areaNames));
        older |= add(changes, audit.newestWhere(MemberYear.class, "clusterId", clusterId, limit), limit,
                revision -> toChange(revision, ClusterChange.Subject.MEMBERS,
                        String.valueOf(revision.state().get("year")), areaNames));
        older |= add(changes, audit.newestWhere(MemberOrganisation.class, "clusterId", clusterId, limit), limit,
                revision -> toChange(revision, ClusterChange.Subject.NAMED_MEMBER,
                        String.valueOf(revision.state().get("name")), areaNames));
        if (withContacts) {
            older |= add(changes, audit.newestWhere(ClusterContact.class, "clusterId", clusterId, limit), limit,
                    revision -> toChange(revision, ClusterChange.Subject.CONTACT,
                            String.valueOf(revision.state().get("name")), areaNames));
        }
        changes.removeIf(change -> change.fields().isEmpty() && change.kind() == ClusterChange.Kind.CHANGED);
        changes.sort(Comparator.comparing(ClusterChange::at).reversed());
        return new ClusterChange.Page(changes.subList(0, Math.min(limit, changes.size())),
                older || changes.size() > limit);
    }

    /**
     * Adds the first {@code limit} of the newest revisions, oldest first as {@link #of} does (so entries of the same
     * instant keep the same order); whether there were more.
     */
    private static boolean add(List<ClusterChange> changes, List<AuditRevision> newest, int limit,
                               java.util.function.Function<AuditRevision, ClusterChange> change) {
        changes.addAll(newest.stream().limit(limit).map(change).toList().reversed());
        return newest.size() > limit;
    }

    private ClusterChange toChange(AuditRevision revision, ClusterChange.Subject subject, String label,
                                          Map<UUID, String> areaNames) {
        var fields = revision.changes().stream()
                .filter(change -> !LINKS.contains(change.field()))
                .map(change -> new ClusterChange.Field(change.field(), text(change.oldValue(), areaNames),
                        text(change.newValue(), areaNames)))
                .toList();
        return new ClusterChange(revision.at(), revision.username(), directory.displayName(revision.username()), subject,
                label, ClusterChange.Kind.valueOf(revision.kind().name()), fields);
    }

    private static String text(Object value, Map<UUID, String> areaNames) {
        return switch (value) {
            case null -> "";
            case Enum<?> constant -> constant.name();
            case java.math.BigDecimal number -> number.stripTrailingZeros().toPlainString();
            case UUID id -> areaNames.getOrDefault(id, id.toString());
            case Collection<?> items -> items.stream().map(item -> text(item, areaNames)).sorted(Collation.SWEDISH)
                    .collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }
}
