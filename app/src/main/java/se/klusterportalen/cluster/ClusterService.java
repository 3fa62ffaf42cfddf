package se.klusterportalen.cluster;

import jakarta.persistence.EntityManager;
import se.klusterportalen.spreadsheet.Spreadsheets;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.hibernate.StaleStateException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.security.RequiresPermission;
import se.klusterportalen.security.Role;
import se.klusterportalen.security.UserDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cluster portfolio of the current user's region: profiles, members over time, managers, history, import and
 * export. Officers edit every cluster; a cluster manager edits only the clusters they are bound to.
 */
@Service
public class ClusterService {

    private static final String MAY_EDIT_SOME = "hasAnyRole('" + Permission.CLUSTER_EDIT + "', '"
            + Permission.CLUSTER_EDIT_OWN + "')";
    static final int EARLIEST_MEMBER_YEAR = 1990;
    static final int MAX_MEMBER_COUNT = 100_000;

    private final ClusterRepository clusters;
    private final ClusterManagerRepository managers;
    private final ClusterContactRepository contacts;
    private final SmartSpecialisationAreaRepository areas;
    private final UserDirectory directory;
    private final MemberYearRepository memberYears;
    private final MemberOrganisationRepository namedMembers;
    private final ClusterHistory history;
    private final ClusterImport imports;
    private final CurrentUser currentUser;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    ClusterService(ClusterRepository clusters, ClusterManagerRepository managers, ClusterContactRepository contacts,
                   SmartSpecialisationAreaRepository areas, MemberYearRepository memberYears, UserDirectory directory,
                   MemberOrganisationRepository namedMembers, ClusterHistory history, ClusterImport imports,
                   CurrentUser currentUser, Clock clock) {
        this.clusters = clusters;
        this.managers = managers;
        this.contacts = contacts;
        this.areas = areas;
        this.directory = directory;
        this.memberYears = memberYears;
        this.namedMembers = namedMembers;
        this.history = history;
        this.imports = imports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<ClusterSummary> list() {
        return clusters.findAllByOrderByNameAsc().stream().map(Cluster::toSummary).toList();
    }

    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public Optional<ClusterSummary> find(ClusterId id) {
        return clusters.findById(id.value()).map(Cluster::toSummary);
    }

    @RequiresPermission(Permission.OVERVIEW_VIEW)
    @Transactional(readOnly = true)
    public Map<ClusterStatus, Long> countByStatus() {
        var counts = new EnumMap<ClusterStatus, Long>(ClusterStatus.class);
        for (ClusterStatus status : ClusterStatus.values()) {
            counts.put(status, 0L);
        }
        clusters.findAll().forEach(cluster -> counts.merge(cluster.status(), 1L, Long::sum));
        return counts;
    }

    /** Facts about every cluster of the region, for goal evaluation. */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<ClusterFacts> portfolioFacts() {
        var members = membersByCluster();
        return clusters.findAllByOrderByNameAsc().stream().map(cluster -> {
            List<MemberCounts> years = members.getOrDefault(cluster.id(), List.of());
            return cluster.toFacts(total(years, 1), total(years, 2));
        }).toList();
    }

    /** The portfolio grid: every cluster with its latest member total, trend and ECCP state. */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<PortfolioRow> portfolio() {
        var members = membersByCluster();
        return clusters.findAllByOrderByNameAsc().stream().map(cluster -> {
            List<MemberCounts> years = members.getOrDefault(cluster.id(), List.of());
            Optional<MemberCounts> latest = years.isEmpty() ? Optional.empty() : Optional.of(years.getLast());
            var summary = cluster.toSummary();
            Optional<Integer> trend = total(years, 1).flatMap(last -> total(years, 2).map(before -> last - before));
            return new PortfolioRow(summary.id(), summary.name(), summary.sector(), summary.county(),
                    summary.status(), cluster.areaIds(), total(years, 1), trend, cluster.eccpRegistered(),
                    EccpEligibility.judge(cluster.managementFte(), cluster.englishWebsite(), latest).eligible());
        }).toList();
    }

    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public Optional<ClusterProfile> profile(ClusterId id) {
        return clusters.findById(id.value()).map(cluster -> {
            var draft = cluster.toDraft();
            var areaById = areas.findAll().stream().map(SmartSpecialisationArea::toRecord)
                    .collect(Collectors.toMap(SmartArea::id, Function.identity()));
            List<SmartArea> served = draft.getAreaIds().stream().map(areaById::get).filter(Objects::nonNull)
                    .sorted(Comparator.comparing(SmartArea::name)).toList();
            boolean seesContacts = can(Permission.CONTACT_VIEW);
            List<ContactPerson> people = seesContacts ? contactsOf(id.value()) : List.of();
            List<MemberCounts> years = memberYears.findByClusterIdOrderByYearAsc(id.value()).stream()
                    .map(MemberYear::toCounts).toList();
            var eccp = EccpEligibility.judge(draft.getManagementFte(), draft.isEnglishWebsite(),
                    years.isEmpty() ? Optional.empty() : Optional.of(years.getLast()));
            return new ClusterProfile(id, cluster.version(), draft.getName(), draft.getDescription(),
                    draft.getSector(), draft.getCounty(), served, draft.getFoundingYear(), draft.getStatus(),
                    draft.getSetUpSince(), draft.getActiveSince(), draft.getClosedOn(), draft.getHostOrganisation(),
                    draft.getHostOrgNumber(), draft.getWebsite(), draft.isEnglishWebsite(), draft.getManagementFte(),
                    draft.isEccpRegistered(), draft.getEccpRegisteredOn(), draft.getEccpProfileUrl(),
                    draft.isCommunicationPlan(), draft.getCommunicationPlanAdoptedOn(), people, !seesContacts,
                    years, eccp);
        });
    }

    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<NamedMember> namedMembers(ClusterId id) {
        return namedMembers.findByClusterIdOrderByNameAsc(id.value()).stream().map(MemberOrganisation::toRecord)
                .toList();
    }

    /** Every change of the cluster's profile, members and (for those who may see them) contacts, newest first. */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<ClusterChange> history(ClusterId id) {
        requireCluster(id);
        var names = areas.findAll().stream().map(SmartSpecialisationArea::toRecord)
                .collect(Collectors.toMap(SmartArea::id, SmartArea::name));
        return history.of(id.value(), names, can(Permission.CONTACT_VIEW));
    }

    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<SmartArea> areas() {
        return areas.findAllByOrderByNameAsc().stream().map(SmartSpecialisationArea::toRecord).toList();
    }

    // ---- who may edit --------------------------------------------------------------------------------------

    /** Whether the signed-in user may edit this cluster's profile and members. */
    @Transactional(readOnly = true)
    public boolean mayEdit(ClusterId id) {
        return can(Permission.CLUSTER_EDIT) || can(Permission.CLUSTER_EDIT_OWN) && managesCluster(id);
    }

    /** Whether the signed-in user may create, close and import clusters. */
    public boolean mayManagePortfolio() {
        return can(Permission.CLUSTER_EDIT);
    }

    /** The clusters of the region the signed-in cluster manager is bound to (empty for everyone else). */
    @Transactional(readOnly = true)
    public Set<ClusterId> managedByCurrentUser() {
        return currentUser.get().filter(user -> user.has(Role.CLUSTER_MANAGER)).map(PortalUser::username)
                .map(username -> managers.findByUsername(username).stream()
                        .map(manager -> new ClusterId(manager.clusterId())).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    /** Whether the signed-in user is a cluster manager bound to this cluster. */
    @Transactional(readOnly = true)
    public boolean managesCluster(ClusterId id) {
        return managedByCurrentUser().contains(id);
    }

    /** The cluster managers bound to the cluster, with their names (personal data). */
    @RequiresPermission(Permission.CONTACT_VIEW)
    @Transactional(readOnly = true)
    public List<UserDirectory.DirectoryUser> managers(ClusterId id) {
        return managers.findByClusterIdOrderByUsername(id.value()).stream().map(ClusterManager::username)
                .map(username -> new UserDirectory.DirectoryUser(username, directory.displayName(username))).toList();
    }

    /**
     * The region's cluster managers (users with that role and this region in Keycloak) not yet bound to the cluster.
     * Throws {@link UserDirectory.UnavailableException} when the directory cannot be reached.
     */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional(readOnly = true)
    public List<UserDirectory.DirectoryUser> managerCandidates(ClusterId id) {
        requireCluster(id);
        var bound = managers.findByClusterIdOrderByUsername(id.value()).stream().map(ClusterManager::username)
                .collect(Collectors.toSet());
        return directory.usersWith(region(), Role.CLUSTER_MANAGER).stream()
                .filter(user -> !bound.contains(user.username())).toList();
    }

    /** Binds a cluster manager of the region; anyone else (another region's, an officer, a typo) is refused. */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public void bindManager(ClusterId id, String username) {
        requireCluster(id);
        String name = ClusterValidator.clean(username);
        if (name == null || name.length() > ClusterValidator.TEXT_MAX || name.contains(" ")) {
            throw new ClusterValidationException(Map.of("manager", "cluster.error.manager.username-invalid"));
        }
        List<UserDirectory.DirectoryUser> regionManagers;
        try {
            regionManagers = directory.usersWith(region(), Role.CLUSTER_MANAGER);
        } catch (UserDirectory.UnavailableException e) {
            throw new ClusterValidationException(Map.of("manager", UserDirectory.UnavailableException.MESSAGE_KEY));
        }
        if (regionManagers.stream().noneMatch(user -> user.username().equals(name))) {
            throw new ClusterValidationException(Map.of("manager", "cluster.error.manager.not-a-manager"));
        }
        bindManagerIfMissing(id, name);
    }

    private String region() {
        return currentUser.get().flatMap(PortalUser::regionCode).orElseThrow(
                () -> new AccessDeniedException("No region"));
    }

    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public void unbindManager(ClusterId id, String username) {
        managers.deleteById(new ClusterManager.Key(id.value(), username));
    }

    // ---- editing the profile -------------------------------------------------------------------------------

    /** An empty profile to fill in for a new cluster. */
    public ClusterDraft newDraft() {
        return new ClusterDraft();
    }

    /** The cluster's current profile to edit; hand {@link ClusterProfile#version()} back to {@link #update}. */
    @PreAuthorize(MAY_EDIT_SOME)
    @Transactional(readOnly = true)
    public ClusterDraft draftOf(ClusterId id) {
        requireMayEdit(id);
        var draft = requireCluster(id).toDraft();
        draft.setContacts(contactsOf(id.value()));
        return draft;
    }

    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public ClusterId create(ClusterDraft draft) {
        validate(draft, null);
        var cluster = new Cluster(draft.getName(), draft.getSector(), draft.getCounty(), draft.getStatus());
        cluster.apply(draft);
        saveAndFlush(cluster);
        replaceContacts(cluster.id(), draft.getContacts());
        return new ClusterId(cluster.id());
    }

    /**
     * Saves the edited profile if nobody else saved the cluster since {@code loadedVersion} was read; otherwise
     * throws {@link StaleClusterException}. A cluster manager may not change the status.
     */
    @PreAuthorize(MAY_EDIT_SOME)
    @Transactional
    public void update(ClusterId id, long loadedVersion, ClusterDraft draft) {
        requireMayEdit(id);
        var cluster = requireCluster(id);
        lockForChange(cluster, loadedVersion);
        if (!can(Permission.CLUSTER_EDIT)) {
            var current = cluster.toDraft();
            if (current.getStatus() != draft.getStatus() || !Objects.equals(current.getClosedOn(), draft.getClosedOn())) {
                throw new ClusterValidationException(Map.of("status", "cluster.error.status.officer-only"));
            }
        }
        validate(draft, id.value());
        cluster.apply(draft);
        replaceContacts(id.value(), draft.getContacts());
        saveAndFlush(cluster);
    }

    /** Closes the cluster (clusters are never deleted: their history and data stay). */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public void close(ClusterId id, long loadedVersion, LocalDate closedOn) {
        var cluster = requireCluster(id);
        lockForChange(cluster, loadedVersion);
        var draft = cluster.toDraft();
        draft.setStatus(ClusterStatus.CLOSED);
        draft.setClosedOn(closedOn);
        validate(draft, id.value());
        cluster.apply(draft);
        saveAndFlush(cluster);
    }

    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public SmartArea addArea(String name) {
        String cleaned = validAreaName(name, null);
        return areas.save(new SmartSpecialisationArea(cleaned)).toRecord();
    }

    /** The region's areas, by name, with the clusters that serve each. */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<AreaUse> areaUse() {
        Map<UUID, List<String>> servedBy = new HashMap<>();
        clusters.findAll().forEach(cluster -> cluster.areaIds().forEach(area ->
                servedBy.computeIfAbsent(area, key -> new ArrayList<>()).add(cluster.name())));
        return areas.findAllByOrderByNameAsc().stream().map(area -> new AreaUse(area.toRecord(), area.version(),
                servedBy.getOrDefault(area.toRecord().id(), List.of()).stream()
                        .sorted(String.CASE_INSENSITIVE_ORDER).toList())).toList();
    }

    /** Renames an area; refused when someone else changed it since {@code loadedVersion} was read. */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public SmartArea renameArea(UUID id, long loadedVersion, String name) {
        SmartSpecialisationArea area = currentArea(id, loadedVersion);
        area.rename(validAreaName(name, id));
        try {
            areas.saveAndFlush(area);
        } catch (ObjectOptimisticLockingFailureException concurrentSave) {
            throw new ClusterValidationException(Map.of("area", "cluster.error.area.stale"));
        }
        return area.toRecord();
    }

    /** Removes an area no cluster serves; an area in use is refused with the number of clusters. */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public void removeArea(UUID id, long loadedVersion) {
        SmartSpecialisationArea area = currentArea(id, loadedVersion);
        if (clusters.findAll().stream().anyMatch(cluster -> cluster.areaIds().contains(id))) {
            throw new ClusterValidationException(Map.of("area", "cluster.error.area.in-use"));
        }
        areas.delete(area);
        areas.flush();
    }

    private SmartSpecialisationArea currentArea(UUID id, long loadedVersion) {
        SmartSpecialisationArea area = areas.findById(id)
                .orElseThrow(() -> new ClusterValidationException(Map.of("area", "cluster.error.area.stale")));
        if (area.version() != loadedVersion) {
            throw new ClusterValidationException(Map.of("area", "cluster.error.area.stale"));
        }
        return area;
    }

    private String validAreaName(String name, UUID renamed) {
        String cleaned = ClusterValidator.clean(name);
        if (cleaned == null || cleaned.length() > ClusterValidator.TEXT_MAX) {
            throw new ClusterValidationException(Map.of("area", "cluster.error.area.invalid"));
        }
        if (areas.findByNameIgnoreCase(cleaned).filter(other -> !other.toRecord().id().equals(renamed)).isPresent()) {
            throw new ClusterValidationException(Map.of("area", "cluster.error.area.taken"));
        }
        return cleaned;
    }

    // ---- members -------------------------------------------------------------------------------------------

    /**
     * Records the member counts of one year. For a year already stored, {@code counts.version()} must be the
     * version that was loaded; a new year must not exist yet.
     */
    @PreAuthorize(MAY_EDIT_SOME)
    @Transactional
    public void saveMembers(ClusterId id, MemberCounts counts, boolean newYear) {
        requireMayEdit(id);
        requireCluster(id);
        validateMembers(counts);
        var existing = memberYears.findByClusterIdAndYear(id.value(), counts.year());
        if (newYear && existing.isPresent()) {
            throw new ClusterValidationException(Map.of("year", "cluster.error.members.year-exists"));
        }
        var year = existing.orElseGet(() -> new MemberYear(id.value(), counts.year()));
        if (!newYear && (existing.isEmpty() || year.version() != counts.version())) {
            throw new StaleClusterException();
        }
        year.record(counts);
        try {
            memberYears.saveAndFlush(year);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleClusterException();
        } catch (DataIntegrityViolationException e) {
            throw new ClusterValidationException(Map.of("year", "cluster.error.members.year-exists"));
        }
    }

    @PreAuthorize(MAY_EDIT_SOME)
    @Transactional
    public void removeMembers(ClusterId id, int year, long loadedVersion) {
        requireMayEdit(id);
        var row = memberYears.findByClusterIdAndYear(id.value(), year).orElseThrow(StaleClusterException::new);
        if (row.version() != loadedVersion) {
            throw new StaleClusterException();
        }
        memberYears.delete(row);
    }

    @PreAuthorize(MAY_EDIT_SOME)
    @Transactional
    public NamedMember addNamedMember(ClusterId id, String name, MemberType type, Integer memberSince) {
        requireMayEdit(id);
        requireCluster(id);
        var errors = new LinkedHashMap<String, String>();
        String cleaned = ClusterValidator.clean(name);
        if (cleaned == null || cleaned.length() > ClusterValidator.TEXT_MAX) {
            errors.put("memberName", "cluster.error.named-member.name");
        }
        if (type == null) {
            errors.put("memberType", "cluster.error.named-member.type");
        }
        if (memberSince != null && (memberSince < ClusterValidator.EARLIEST_FOUNDING_YEAR
                || memberSince > LocalDate.now(clock).getYear())) {
            errors.put("memberSince", "cluster.error.founding-year.range");
        }
        if (!errors.isEmpty()) {
            throw new ClusterValidationException(errors);
        }
        return namedMembers.save(new MemberOrganisation(id.value(), cleaned, type, memberSince)).toRecord();
    }

    @PreAuthorize(MAY_EDIT_SOME)
    @Transactional
    public void removeNamedMember(ClusterId id, UUID memberId) {
        requireMayEdit(id);
        namedMembers.findById(memberId).filter(member -> member.clusterId().equals(id.value()))
                .ifPresent(namedMembers::delete);
    }

    // ---- import and export ---------------------------------------------------------------------------------

    /** Reads an uploaded .xlsx or .csv file and says what importing it would create and change, or what is wrong. */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional(readOnly = true)
    public ImportResult previewImport(ImportKind kind, String fileName, byte[] content) {
        return imports.plan(kind, fileName, content, today()).result();
    }

    /** Imports the file: everything or, if any row has an error, nothing ({@link ImportRejectedException}). */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public ImportResult applyImport(ImportKind kind, String fileName, byte[] content) {
        var plan = imports.plan(kind, fileName, content, today());
        if (!plan.result().problems().isEmpty()) {
            throw new ImportRejectedException(plan.result());
        }
        imports.apply(plan);
        return plan.result();
    }

    /** An .xlsx template with the columns of the import and a sheet that explains them. */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    public byte[] importTemplate(ImportKind kind) {
        return imports.template(kind);
    }

    /** Writes exactly the given table (what the user's grid shows) as an .xlsx workbook. */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    public byte[] exportSpreadsheet(String sheetName, List<String> headers, List<List<String>> rows) {
        return Spreadsheets.write(sheetName, headers, rows);
    }

    // ---- the platform's own set-up (demo data) in the current RegionContext --------------------------------

    /** For the platform's own set-up (demo data) in the current {@code RegionContext}. */
    @Transactional
    public ClusterId addIfMissing(String name, String sector, County county, ClusterStatus status) {
        var existing = clusters.findByNameIgnoreCase(name);
        if (existing.isPresent()) {
            return existing.get().toSummary().id();
        }
        return clusters.save(new Cluster(name, sector, county, status)).toSummary().id();
    }

    /** For the platform's own set-up (demo data) in the current {@code RegionContext}. */
    @Transactional
    public void bindManagerIfMissing(ClusterId cluster, String username) {
        var key = new ClusterManager.Key(cluster.value(), username);
        if (!managers.existsById(key)) {
            managers.save(new ClusterManager(cluster.value(), username));
        }
    }

    /** Demo data: the area, created when the region's list lacks it. */
    @Transactional
    SmartArea areaIfMissing(String name) {
        return areas.findByNameIgnoreCase(name).map(SmartSpecialisationArea::toRecord)
                .orElseGet(() -> areas.save(new SmartSpecialisationArea(name)).toRecord());
    }

    /** Demo data: fills the profile of a cluster that has never been described; returns whether it did. */
    @Transactional
    boolean describeIfBlank(ClusterId id, java.util.function.Consumer<ClusterDraft> describe) {
        var cluster = requireCluster(id);
        var draft = cluster.toDraft();
        if (draft.getDescription() != null) {
            return false;
        }
        describe.accept(draft);
        var errors = ClusterValidator.validate(draft, today(), knownAreaIds());
        if (!errors.isEmpty()) {
            throw new ClusterValidationException(errors);
        }
        cluster.apply(draft);
        replaceContacts(id.value(), draft.getContacts());
        return true;
    }

    /** Demo data: the year's counts unless that year is already recorded. */
    @Transactional
    void membersIfMissing(ClusterId id, MemberCounts counts) {
        if (memberYears.findByClusterIdAndYear(id.value(), counts.year()).isEmpty()) {
            var year = new MemberYear(id.value(), counts.year());
            year.record(counts);
            memberYears.save(year);
        }
    }

    /** Demo data: a named member unless one of that name is recorded. */
    @Transactional
    void namedMemberIfMissing(ClusterId id, String name, MemberType type, Integer since) {
        boolean present = namedMembers.findByClusterIdOrderByNameAsc(id.value()).stream()
                .anyMatch(member -> member.toRecord().name().equalsIgnoreCase(name));
        if (!present) {
            namedMembers.save(new MemberOrganisation(id.value(), name, type, since));
        }
    }

    // ---- internals -----------------------------------------------------------------------------------------

    private void validate(ClusterDraft draft, UUID self) {
        var errors = ClusterValidator.validate(draft, today(), knownAreaIds());
        if (draft.getName() != null && !errors.containsKey("name")) {
            clusters.findByNameIgnoreCase(draft.getName()).filter(other -> !other.id().equals(self))
                    .ifPresent(other -> errors.put("name", "cluster.error.name.taken"));
        }
        if (!errors.isEmpty()) {
            throw new ClusterValidationException(errors);
        }
    }

    private void validateMembers(MemberCounts counts) {
        var errors = new LinkedHashMap<String, String>();
        if (counts.year() < EARLIEST_MEMBER_YEAR || counts.year() > today().getYear()) {
            errors.put("year", "cluster.error.members.year");
        }
        for (MemberType type : MemberType.values()) {
            int count = counts.count(type);
            if (count < 0 || count > MAX_MEMBER_COUNT) {
                errors.put(type.name(), "cluster.error.members.count");
            }
        }
        if (!errors.isEmpty()) {
            throw new ClusterValidationException(errors);
        }
    }

    /**
     * Refuses a stale save, then locks the row and raises its version at once, so that every save (also one that
     * changes only contacts) makes the next stale save fail, and two saves cannot interleave.
     */
    private void lockForChange(Cluster cluster, long loadedVersion) {
        if (cluster.version() != loadedVersion) {
            throw new StaleClusterException();
        }
        try {
            entityManager.lock(cluster, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException | StaleStateException e) {
            throw new StaleClusterException();
        }
    }

    private void saveAndFlush(Cluster cluster) {
        try {
            clusters.saveAndFlush(cluster);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleClusterException();
        } catch (DataIntegrityViolationException e) {
            throw new ClusterValidationException(Map.of("name", "cluster.error.name.taken"));
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

    private Map<UUID, List<MemberCounts>> membersByCluster() {
        return memberYears.findAll().stream()
                .sorted(Comparator.comparingInt(MemberYear::year))
                .collect(Collectors.groupingBy(MemberYear::clusterId,
                        Collectors.mapping(MemberYear::toCounts, Collectors.toList())));
    }

    /** The total of the n-th latest year (1 = latest). */
    private static Optional<Integer> total(List<MemberCounts> years, int fromEnd) {
        return years.size() < fromEnd ? Optional.empty() : Optional.of(years.get(years.size() - fromEnd).total());
    }

    private Set<UUID> knownAreaIds() {
        return areas.findAll().stream().map(area -> area.toRecord().id()).collect(Collectors.toSet());
    }

    private Cluster requireCluster(ClusterId id) {
        return clusters.findById(id.value()).orElseThrow(() -> new NoSuchElementException("cluster.error.not-found"));
    }

    private void requireMayEdit(ClusterId id) {
        if (!mayEdit(id)) {
            throw new AccessDeniedException("cluster.error.not-yours");
        }
    }

    private boolean can(String permission) {
        return currentUser.get().map(user -> user.can(permission)).orElse(false);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
