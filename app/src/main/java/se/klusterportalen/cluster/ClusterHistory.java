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
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
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
        return newest(sources(id.value(), withContacts), limit, areaNames());
    }

    /**
     * The changes from {@code offset} on, at most {@code limit}, of the list {@link #of} gives (newest first), and the
     * number of changes recorded: one counting statement per source and the newest {@code offset + limit} entries of
     * each, never the whole history (issue #19, the REST history as the cluster page's); {@code cluster.error.not-found}
     * for a cluster the region lacks.
     */
    ClusterChange.Slice slice(ClusterId id, boolean withContacts, long offset, int limit) {
        clusters.require(id);
        var sources = sources(id.value(), withContacts);
        long total = sources.stream().mapToLong(source -> source.count().getAsLong()).sum();
        if (offset >= total) {
            return new ClusterChange.Slice(List.of(), total);
        }
        var newest = newest(sources, (int) Math.min(offset + limit, total), areaNames()).changes();
        return new ClusterChange.Slice(newest.subList((int) Math.min(offset, newest.size()), newest.size()), total);
    }

    /** Where a cluster's history comes from: its profile, member years, named members and (if shown) contacts. */
    private record Source(ClusterChange.Subject subject, IntFunction<List<AuditRevision>> newest, LongSupplier count,
                          Function<AuditRevision, String> label) {
    }

    private List<Source> sources(UUID clusterId, boolean withContacts) {
        var sources = new ArrayList<Source>(4);
        sources.add(new Source(ClusterChange.Subject.PROFILE, n -> audit.newestOf(Cluster.class, clusterId, n),
                () -> audit.countOf(Cluster.class, clusterId), revision -> ""));
        sources.add(new Source(ClusterChange.Subject.MEMBERS,
                n -> audit.newestWhere(MemberYear.class, "clusterId", clusterId, n),
                () -> audit.countWhere(MemberYear.class, "clusterId", clusterId),
                revision -> String.valueOf(revision.state().get("year"))));
        sources.add(new Source(ClusterChange.Subject.NAMED_MEMBER,
                n -> audit.newestWhere(MemberOrganisation.class, "clusterId", clusterId, n),
                () -> audit.countWhere(MemberOrganisation.class, "clusterId", clusterId),
                revision -> String.valueOf(revision.state().get("name"))));
        if (withContacts) {
            sources.add(new Source(ClusterChange.Subject.CONTACT,
                    n -> audit.newestWhere(ClusterContact.class, "clusterId", clusterId, n),
                    () -> audit.countWhere(ClusterContact.class, "clusterId", clusterId),
                    revision -> String.valueOf(revision.state().get("name"))));
        }
        return sources;
    }

    private Map<UUID, String> areaNames() {
        return areas.byId().values().stream().collect(Collectors.toMap(SmartArea::id, SmartArea::name));
    }

    private ClusterChange.Page newest(List<Source> sources, int limit, Map<UUID, String> areaNames) {
        var changes = new ArrayList<ClusterChange>();
        boolean older = false;
        for (Source source : sources) {
            older |= add(changes, source, limit, areaNames);
        }
        changes.sort(Comparator.comparing(ClusterChange::at).reversed());
        return new ClusterChange.Page(changes.subList(0, Math.min(limit, changes.size())),
                older || changes.size() > limit);
    }

    /**
     * Adds the source's newest {@code limit} changes, oldest first as {@link #of} does (so entries of the same instant
     * keep the same order); whether there were more. A revision that changed nothing a reader sees is left out, as
     * {@link #of} does, and the window read again that much larger, so the entries are the same as {@link #of}'s.
     */
    private boolean add(List<ClusterChange> changes, Source source, int limit, Map<UUID, String> areaNames) {
        int window = limit;
        while (true) {
            List<AuditRevision> newest = source.newest().apply(window);
            var shown = newest.stream().limit(window)
                    .map(revision -> toChange(revision, source.subject(), source.label().apply(revision), areaNames))
                    .filter(change -> !(change.fields().isEmpty() && change.kind() == ClusterChange.Kind.CHANGED))
                    .toList();
            boolean more = newest.size() > window;
            if (shown.size() >= limit || !more) {
                changes.addAll(shown.stream().limit(limit).toList().reversed());
                return more || shown.size() > limit;
            }
            window += limit - shown.size();
        }
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
