package se.klusterportalen.cluster;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.hibernate.StaleStateException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.text.Collation;
import se.klusterportalen.security.Permission;

import java.time.Clock;
import java.util.stream.Collectors;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A cluster's profile and contact persons: reading, creating, editing with optimistic locking, closing.
 * Permissions: {@link ClusterService}; the "own cluster" and "officer only" rules come from {@link ClusterManagers}.
 */
@Component
class ClusterProfiles {

    private final ClusterRepository clusters;
    private final ClusterContactRepository contacts;
    private final SmartSpecialisationAreaRepository areas;
    private final ClusterMembers members;
    private final ClusterManagers managers;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    ClusterProfiles(ClusterRepository clusters, ClusterContactRepository contacts,
                    SmartSpecialisationAreaRepository areas, ClusterMembers members, ClusterManagers managers,
                    Clock clock) {
        this.clusters = clusters;
        this.contacts = contacts;
        this.areas = areas;
        this.members = members;
        this.managers = managers;
        this.clock = clock;
    }

    Optional<ClusterProfile> profile(ClusterId id) {
        return clusters.findById(id.value()).map(cluster -> {
            var areaById = areas.byId();
            List<SmartArea> served = cluster.areaIds().stream().map(areaById::get).filter(Objects::nonNull)
                    .sorted(Collation.swedish(SmartArea::name)).toList();
            boolean seesContacts = managers.can(Permission.CONTACT_VIEW);
            List<ContactPerson> people = seesContacts ? contactsOf(id.value()) : List.of();
            List<MemberCounts> years = members.of(id);
            return cluster.toProfile(served, people, !seesContacts, years);
        });
    }

    /**
     * Every cluster's profile, by name: in four queries (clusters with their areas, areas, contacts, member counts)
     * whatever the number of clusters, for region-wide exports.
     */
    List<ClusterProfile> profiles() {
        var areaById = areas.byId();
        boolean seesContacts = managers.can(Permission.CONTACT_VIEW);
        Map<UUID, List<ContactPerson>> people = seesContacts ? contacts.findAll().stream()
                .sorted(Comparator.comparingInt(ClusterContact::position))
                .collect(Collectors.groupingBy(ClusterContact::clusterId,
                        Collectors.mapping(ClusterContact::toRecord, Collectors.toList()))) : Map.of();
        Map<UUID, List<MemberCounts>> years = members.byCluster();
        return clusters.findAllWithAreasByOrderByNameAsc().stream().distinct().map(cluster -> cluster.toProfile(
                cluster.areaIds().stream().map(areaById::get).filter(Objects::nonNull)
                        .sorted(Collation.swedish(SmartArea::name)).toList(),
                people.getOrDefault(cluster.id(), List.of()), !seesContacts,
                years.getOrDefault(cluster.id(), List.of()))).toList();
    }

    /** The draft and the version it was read at, in one read of the cluster (the edit form). */
    ClusterDraft.Loaded loaded(ClusterId id) {
        var cluster = clusters.require(id);
        var draft = cluster.toDraft();
        draft.setContacts(contactsOf(id.value()));
        return new ClusterDraft.Loaded(draft, cluster.version());
    }

    ClusterDraft draftOf(ClusterId id) {
        var draft = clusters.require(id).toDraft();
        draft.setContacts(contactsOf(id.value()));
        return draft;
    }

    /** Creates the cluster {@code id}; a repeated request with the same id returns it without a change. */
    ClusterId create(ClusterId id, ClusterDraft draft) {
        if (clusters.existsById(id.value())) {
            return id;
        }
        validate(draft, null);
        var cluster = new Cluster(id.value(), draft.getName(), draft.getSector(), draft.getCounty(), draft.getStatus());
        cluster.apply(draft);
        saveAndFlush(cluster);
        replaceContacts(cluster.id(), draft.getContacts());
        return new ClusterId(cluster.id());
    }

    void update(ClusterId id, long loadedVersion, ClusterDraft draft) {
        var cluster = clusters.require(id);
        lockForChange(cluster, loadedVersion);
        if (!managers.can(Permission.CLUSTER_EDIT)) {
            var current = cluster.toDraft();
            if (current.getStatus() != draft.getStatus() || !Objects.equals(current.getClosedOn(), draft.getClosedOn())) {
                throw new Rejection.Invalid("status", "cluster.error.status.officer-only");
            }
        }
        validate(draft, id.value());
        cluster.apply(draft);
        replaceContacts(id.value(), draft.getContacts());
        saveAndFlush(cluster);
    }

    void close(ClusterId id, long loadedVersion, LocalDate closedOn) {
        var cluster = clusters.require(id);
        lockForChange(cluster, loadedVersion);
        var draft = cluster.toDraft();
        draft.setStatus(ClusterStatus.CLOSED);
        draft.setClosedOn(closedOn);
        validate(draft, id.value());
        cluster.apply(draft);
        saveAndFlush(cluster);
    }

    /** Demo data: the cluster of that name, created (with only these facts) when missing. */
    ClusterId ifMissing(String name, String sector, County county, ClusterStatus status) {
        var existing = clusters.findByNameIgnoreCase(name);
        if (existing.isPresent()) {
            return new ClusterId(existing.get().id());
        }
        return new ClusterId(clusters.save(new Cluster(UUID.randomUUID(), name, sector, county, status)).id());
    }

    /** Demo data: fills the profile of a cluster that has never been described; returns whether it did. */
    boolean describeIfBlank(ClusterId id, Consumer<ClusterDraft> describe) {
        var cluster = clusters.require(id);
        var draft = cluster.toDraft();
        if (draft.getDescription() != null) {
            return false;
        }
        describe.accept(draft);
        var errors = ClusterValidator.validate(draft, today(), areas.knownIds());
        if (!errors.isEmpty()) {
            throw Rejection.Invalid.of(errors);
        }
        cluster.apply(draft);
        replaceContacts(id.value(), draft.getContacts());
        return true;
    }

    private void validate(ClusterDraft draft, UUID self) {
        var errors = ClusterValidator.validate(draft, today(), areas.knownIds());
        if (draft.getName() != null && !errors.containsKey("name")) {
            clusters.findByNameIgnoreCase(draft.getName()).filter(other -> !other.id().equals(self))
                    .ifPresent(other -> errors.put("name", "cluster.error.name.taken"));
        }
        if (!errors.isEmpty()) {
            throw Rejection.Invalid.of(errors);
        }
    }

    /**
     * Refuses a stale save, then locks the row and raises its version at once, so that every save (also one that
     * changes only contacts) makes the next stale save fail, and two saves cannot interleave.
     */
    private void lockForChange(Cluster cluster, long loadedVersion) {
        if (cluster.version() != loadedVersion) {
            throw new Rejection.Stale("cluster.error.stale");
        }
        try {
            entityManager.lock(cluster, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException | StaleStateException e) {
            throw new Rejection.Stale("cluster.error.stale");
        }
    }

    private void saveAndFlush(Cluster cluster) {
        try {
            clusters.saveAndFlush(cluster);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new Rejection.Stale("cluster.error.stale");
        } catch (DataIntegrityViolationException e) {
            throw new Rejection.Invalid("name", "cluster.error.name.taken");
        }
    }

    private void replaceContacts(UUID clusterId, List<ContactPerson> people) {
        Map<UUID, ClusterContact> existing = new HashMap<>();
        contacts.findByClusterIdOrderByPosition(clusterId).forEach(contact -> existing.put(contact.id(), contact));
        var kept = new ArrayList<ClusterContact>();
        for (int i = 0; i < people.size(); i++) {
            ContactPerson person = people.get(i);
            ClusterContact contact = person.id() == null ? null : existing.remove(person.id());
            if (contact == null) {
                contact = new ClusterContact(clusterId);
            }
            contact.update(i, person);
            kept.add(contact);
        }
        contacts.deleteAll(existing.values());
        contacts.saveAll(kept);
    }

    private List<ContactPerson> contactsOf(UUID clusterId) {
        return contacts.findByClusterIdOrderByPosition(clusterId).stream().map(ClusterContact::toRecord).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
