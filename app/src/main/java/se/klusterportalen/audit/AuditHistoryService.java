package se.klusterportalen.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import se.klusterportalen.security.UserDirectory;

/**
 * Reads the Envers history of audited entities as records: who, when, and old -> new per field. It checks no
 * permission itself: the feature that asks knows who may see its history (row-level security keeps regions apart).
 */
@Service
public class AuditHistoryService {

    @PersistenceContext
    private EntityManager entityManager;

    private final UserDirectory directory;

    AuditHistoryService(UserDirectory directory) {
        this.directory = directory;
    }

    /**
     * The version of every kind of the current region's data ({@link DataKind#ALL}): as {@link #dataVersion(Set)}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DataVersion dataVersion() {
        return dataVersion(DataKind.ALL);
    }

    /**
     * The version of these kinds of the current region's data (issue #19, ADR 0094): per kind, the counter the
     * database raises in the same transaction as every change of the region's data of that kind (table
     * {@code data_version}, V98). One statement reading one row by its key, whatever the length of the region's
     * history; the region's own row only (Hibernate's tenant and row-level security). Only committed changes count
     * when it is read outside another transaction; inside a transaction that changed data, its own changes count.
     *
     * @param kinds the kinds a value is made from; the answer has a counter for each
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DataVersion dataVersion(Set<DataKind> kinds) {
        List<RegionDataVersions> rows = entityManager.createQuery("SELECT v FROM RegionDataVersions v",
                RegionDataVersions.class).getResultList();
        // not kept in the persistence context: a later read in the same transaction reads the row again
        rows.forEach(entityManager::detach);
        return RegionDataVersions.of(rows.isEmpty() ? null : rows.getFirst(), kinds);
    }

    /** Every change of one entity, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditRevision> historyOf(Class<?> entityType, Object id) {
        return read(entityType, AuditEntity.id().eq(id));
    }

    /** Every change of the entities whose property has this value (e.g. all member years of one cluster), oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditRevision> historyWhere(Class<?> entityType, String property, Object value) {
        return read(entityType, AuditEntity.property(property).eq(value));
    }

    /**
     * The newest changes of one entity, newest first: at most {@code limit + 1} (one more than asked tells the caller
     * that older ones exist), each compared with the revision before it, read in one query (two when older ones
     * exist) whatever the length of the history (issue #19: a page of history, not all of it). An audited collection
     * (e.g. a cluster's areas) is read by Envers per revision row, so at most {@code limit + 1} more.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditRevision> newestOf(Class<?> entityType, Object id, int limit) {
        return readNewest(entityType, AuditEntity.id().eq(id), limit);
    }

    /** As {@link #newestOf} for the entities whose property has this value (e.g. all member years of one cluster). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditRevision> newestWhere(Class<?> entityType, String property, Object value, int limit) {
        return readNewest(entityType, AuditEntity.property(property).eq(value), limit);
    }

    /**
     * How many revisions one entity has (one counting statement, whatever the history's length): with
     * {@link #newestOf} a history can be paged without reading all of it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countOf(Class<?> entityType, Object id) {
        return count(entityType, AuditEntity.id().eq(id));
    }

    /** As {@link #countOf} for the entities whose property has this value (e.g. all member years of one cluster). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countWhere(Class<?> entityType, String property, Object value) {
        return count(entityType, AuditEntity.property(property).eq(value));
    }

    private long count(Class<?> entityType, AuditCriterion criterion) {
        Object count = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(criterion)
                .addProjection(AuditEntity.revisionNumber().count())
                .getSingleResult();
        return ((Number) count).longValue();
    }

    /**
     * Every change of the entities that belong to another through a relation (e.g. the answers of one assessment:
     * {@code historyOfRelated(Answer.class, "assessment", assessmentId)}), oldest first.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditRevision> historyOfRelated(Class<?> entityType, String relation, Object relatedId) {
        return read(entityType, AuditEntity.relatedId(relation).eq(relatedId));
    }

    /**
     * Revisions as readable changes: who (username and the directory's name), region, when (UTC), what (old → new
     * per field, as texts), oldest first. Fields in {@code hidden} (links such as {@code clusterId}, bookkeeping
     * such as {@code updatedAt}) are left out, and a change that changed nothing else is dropped.
     *
     * @param subject what kind of record changed (e.g. {@code PROGRAMME}, {@code GOAL})
     * @param label   the record's name for a reader (e.g. a goal's title), from its state
     */
    @PreAuthorize("isAuthenticated()")
    public List<Change> changes(List<AuditRevision> revisions, String subject,
                                Function<Map<String, Object>, String> label, Set<String> hidden) {
        var changes = new ArrayList<Change>();
        for (AuditRevision revision : revisions) {
            var fields = revision.changes().stream().filter(change -> !hidden.contains(change.field()))
                    .map(change -> new Change.Field(change.field(), Change.text(change.oldValue()),
                            Change.text(change.newValue())))
                    .toList();
            if (fields.isEmpty() && revision.kind() == AuditRevision.Kind.CHANGED) {
                continue;
            }
            changes.add(new Change(revision.at(), revision.username(), directory.displayName(revision.username()),
                    revision.region(), subject, label.apply(revision.state()), revision.kind(), fields));
        }
        return changes;
    }

    private List<AuditRevision> read(Class<?> entityType, AuditCriterion criterion) {
        List<?> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return revisions(entityType, List.of(), rows);
    }

    /**
     * The newest {@code limit + 1} rows, plus the state of each of their entities just before them: the window holds
     * every matching row from its oldest revision on, so an entity's previous state is its newest row older than
     * that revision (one aggregated query).
     */
    private List<AuditRevision> readNewest(Class<?> entityType, AuditCriterion criterion, int limit) {
        var reader = AuditReaderFactory.get(entityManager);
        List<?> newest = new ArrayList<>(reader.createQuery().forRevisionsOfEntity(entityType, false, true)
                .add(criterion).addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(limit + 1)
                .getResultList());
        if (newest.isEmpty()) {
            return List.of();
        }
        java.util.Collections.reverse(newest);
        List<Field> fields = auditedFields(entityType);
        Field idField = fields.stream().filter(f -> f.isAnnotationPresent(Id.class)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(entityType + " has no @Id field"));
        List<?> before = List.of();
        if (newest.size() > limit) {
            // older rows exist: the earlier state of the window's entities (with the whole history in the window,
            // every earlier state is in it)
            int oldest = ((PortalRevision) ((Object[]) newest.getFirst())[1]).id();
            var ids = newest.stream().map(row -> value(idField, ((Object[]) row)[0])).distinct().toList();
            before = reader.createQuery().forRevisionsOfEntity(entityType, false, true)
                    .add(AuditEntity.id().in(ids))
                    .add(AuditEntity.revisionNumber().maximize()
                            .add(AuditEntity.revisionNumber().lt(oldest)).computeAggregationInInstanceContext())
                    .getResultList();
        }
        var result = new ArrayList<>(revisions(entityType, before, newest));
        java.util.Collections.reverse(result);
        return result;
    }

    /** {@code rows} (oldest first) as revisions, each compared with the one before; {@code earlier}: states before them. */
    private List<AuditRevision> revisions(Class<?> entityType, List<?> earlier, List<?> rows) {
        List<Field> fields = auditedFields(entityType);
        Field idField = fields.stream().filter(f -> f.isAnnotationPresent(Id.class)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(entityType + " has no @Id field"));
        var collections = collectionsAt(fields, idField, earlier, rows);
        var previousById = new LinkedHashMap<Object, Map<String, Object>>();
        for (Object row : earlier) {
            Object[] parts = (Object[]) row;
            Object id = value(idField, parts[0]);
            previousById.put(id, parts[2] == RevisionType.DEL ? Map.of()
                    : state(fields, parts[0], collections.at(id, ((PortalRevision) parts[1]).id())));
        }
        var result = new ArrayList<AuditRevision>();
        for (Object row : rows) {
            Object[] parts = (Object[]) row;
            var revision = (PortalRevision) parts[1];
            var type = (RevisionType) parts[2];
            Object id = value(idField, parts[0]);
            Map<String, Object> state = state(fields, parts[0], collections.at(id, revision.id()));
            Map<String, Object> before = previousById.getOrDefault(id, Map.of());
            var kind = switch (type) {
                case ADD -> AuditRevision.Kind.CREATED;
                case MOD -> AuditRevision.Kind.CHANGED;
                case DEL -> AuditRevision.Kind.DELETED;
            };
            Map<String, Object> after = kind == AuditRevision.Kind.DELETED ? Map.of() : state;
            result.add(new AuditRevision(revision.id(), revision.username(), revision.regionCode(),
                    revision.changedAt(), kind, id, state,
                    changes(kind == AuditRevision.Kind.DELETED ? state : before, after)));
            previousById.put(id, after);
        }
        return result;
    }

    private static List<AuditRevision.FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
        var keys = new java.util.LinkedHashSet<String>(after.keySet());
        keys.addAll(before.keySet());
        var changes = new ArrayList<AuditRevision.FieldChange>();
        for (String key : keys) {
            Object old = before.get(key);
            Object now = after.get(key);
            if (!same(old, now)) {
                changes.add(new AuditRevision.FieldChange(key, old, now));
            }
        }
        return changes;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Collection<?> x && x.isEmpty() && b == null || b instanceof Collection<?> y && y.isEmpty() && a == null) {
            return true;
        }
        return Objects.equals(a, b);
    }

    /**
     * The audited element collections ({@code @ElementCollection} with a {@code @CollectionTable}, e.g. a cluster's
     * areas) of the rows' entities at each row's revision, read in one statement per collection for all rows (issue
     * #19: Envers reads an audited collection with one statement per revision row, so a page of 20 history entries
     * cost 21 more). Read from the collection's audit table ({@code <table>_aud}: {@code rev}, {@code revtype}, the
     * owner's join column and the element column) up to the newest revision asked: for each element, its newest row
     * at or before a revision says whether it was in the collection then (as Envers' default strategy reads it).
     */
    private CollectionStates collectionsAt(List<Field> fields, Field idField, List<?> earlier, List<?> rows) {
        var collectionFields = fields.stream().filter(field -> field.isAnnotationPresent(ElementCollection.class)
                && field.isAnnotationPresent(CollectionTable.class) && field.isAnnotationPresent(Column.class)
                && field.getAnnotation(CollectionTable.class).joinColumns().length == 1).toList();
        if (collectionFields.isEmpty() || earlier.isEmpty() && rows.isEmpty()) {
            return CollectionStates.NONE;
        }
        var ids = new java.util.LinkedHashSet<Object>();
        int newest = 0;
        for (List<?> part : List.of(earlier, rows)) {
            for (Object row : part) {
                Object[] parts = (Object[]) row;
                ids.add(value(idField, parts[0]));
                newest = Math.max(newest, ((PortalRevision) parts[1]).id());
            }
        }
        var history = new LinkedHashMap<String, Map<Object, List<Object[]>>>();
        for (Field field : collectionFields) {
            CollectionTable table = field.getAnnotation(CollectionTable.class);
            String owner = table.joinColumns()[0].name();
            String element = field.getAnnotation(Column.class).name();
            @SuppressWarnings("unchecked")
            List<Object[]> found = entityManager.createNativeQuery("SELECT " + owner + ", " + element
                            + ", rev, revtype FROM " + table.name() + "_aud WHERE " + owner + " IN (:ids) AND rev <= :newest"
                            + " ORDER BY rev")
                    .setParameter("ids", ids).setParameter("newest", newest).getResultList();
            var byOwner = new LinkedHashMap<Object, List<Object[]>>();
            for (Object[] row : found) {
                byOwner.computeIfAbsent(row[0], key -> new ArrayList<>()).add(row);
            }
            history.put(field.getName(), byOwner);
        }
        return (id, revision) -> {
            var values = new LinkedHashMap<String, Object>();
            history.forEach((name, byOwner) -> {
                var present = new java.util.LinkedHashMap<Object, Boolean>();
                for (Object[] row : byOwner.getOrDefault(id, List.of())) {
                    if (((Number) row[2]).intValue() > revision) {
                        break;
                    }
                    present.put(row[1], ((Number) row[3]).intValue() != RevisionType.DEL.getRepresentation());
                }
                values.put(name, present.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                        .sorted(Comparator.comparing(String::valueOf)).toList());
            });
            return values;
        };
    }

    /** An entity's element collections (by field name) at a revision, as {@link #collectionsAt} read them. */
    @FunctionalInterface
    private interface CollectionStates {

        CollectionStates NONE = (id, revision) -> Map.of();

        Map<String, Object> at(Object id, int revision);
    }

    private static Map<String, Object> state(List<Field> fields, Object entity, Map<String, Object> collections) {
        var state = new LinkedHashMap<String, Object>();
        for (Field field : fields) {
            if (field.isAnnotationPresent(Id.class)) {
                continue;
            }
            if (collections.containsKey(field.getName())) {
                state.put(field.getName(), collections.get(field.getName()));
                continue;
            }
            Object value = value(field, entity);
            if (field.isAnnotationPresent(Embedded.class)) {
                // a group of columns (an @Embeddable): its fields count as the entity's own, by their names
                for (Field part : field.getType().getDeclaredFields()) {
                    if (!Modifier.isStatic(part.getModifiers()) && !Modifier.isTransient(part.getModifiers())) {
                        part.setAccessible(true);
                        state.put(part.getName(), value == null ? null : value(part, value));
                    }
                }
                continue;
            }
            if (value instanceof Collection<?> collection) {
                value = collection.stream().sorted(Comparator.comparing(String::valueOf)).toList();
            }
            state.put(field.getName(), value);
        }
        return state;
    }

    private static Object value(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Field> auditedFields(Class<?> type) {
        var fields = new ArrayList<Field>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(TenantId.class) || field.isAnnotationPresent(Version.class)
                        || field.isAnnotationPresent(NotAudited.class)
                        // a relation says which record this row belongs to (or lists others), not what changed
                        || field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToMany.class)
                        || field.isAnnotationPresent(OneToOne.class) || field.isAnnotationPresent(ManyToMany.class)) {
                    continue;
                }
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }
}
