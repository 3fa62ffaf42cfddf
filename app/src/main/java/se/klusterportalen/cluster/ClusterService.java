package se.klusterportalen.cluster;


import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.RequiresPermission;
import se.klusterportalen.security.UserDirectory;
import se.klusterportalen.spreadsheet.Spreadsheets;
import se.klusterportalen.tenancy.SystemTask;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The cluster portfolio of the current user's region: profiles, members over time, managers, history, import and
 * export. Officers edit every cluster; a cluster manager edits only the clusters they are bound to.
 *
 * <p>A thin façade: it declares each method's permission and transaction and delegates to the package-private
 * parts {@link ClusterPortfolio}, {@link ClusterProfiles}, {@link ClusterMembers}, {@link SmartAreas},
 * {@link ClusterManagers}, {@link ClusterImport} and, for demo data, {@link ClusterSeeder}.
 */
@Service
public class ClusterService {

    private static final String MAY_EDIT_SOME = "hasAnyRole('" + Permission.CLUSTER_EDIT + "', '"
            + Permission.CLUSTER_EDIT_OWN + "')";
    private static final String SIGNED_IN = "isAuthenticated()";

    private final ClusterPortfolio portfolio;
    private final ClusterProfiles profiles;
    private final ClusterMembers members;
    private final SmartAreas areas;
    private final ClusterManagers managers;
    private final ClusterHistory history;
    private final ClusterImport imports;
    private final ClusterSeeder seeder;
    private final Clock clock;

    ClusterService(ClusterPortfolio portfolio, ClusterProfiles profiles, ClusterMembers members, SmartAreas areas,
                   ClusterManagers managers, ClusterHistory history, ClusterImport imports, ClusterSeeder seeder,
                   Clock clock) {
        this.portfolio = portfolio;
        this.profiles = profiles;
        this.members = members;
        this.areas = areas;
        this.managers = managers;
        this.history = history;
        this.imports = imports;
        this.seeder = seeder;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<ClusterSummary> list() {
        return portfolio.list();
    }

    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public Optional<ClusterSummary> find(ClusterId id) {
        return portfolio.find(id);
    }

    @RequiresPermission(Permission.OVERVIEW_VIEW)
    @Transactional(readOnly = true)
    public Map<ClusterStatus, Long> countByStatus() {
        return portfolio.countByStatus();
    }

    /** Facts about every cluster of the region, for goal evaluation. */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<ClusterFacts> portfolioFacts() {
        return portfolio.facts();
    }

    /** The portfolio grid: every cluster with its latest member total, trend and ECCP state. */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<PortfolioRow> portfolio() {
        return portfolio.rows();
    }

    /**
     * One page of the portfolio as the grid filters and sorts it, cut in the database: the page's rows and the
     * filtered list's count.
     *
     * @param offset the first row's index in the filtered, sorted list
     * @param limit  at most this many rows
     */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public PortfolioQuery.Page portfolio(PortfolioQuery query, long offset, int limit) {
        return portfolio.page(query, offset, limit);
    }

    /**
     * One page of the portfolio as {@link #portfolio(PortfolioQuery, long, int)} reads it, without counting the
     * filtered list (the grid's next rows: the count is known): the page's rows in the query's order.
     */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<PortfolioRow> portfolioRows(PortfolioQuery query, long offset, int limit) {
        return portfolio.page(query, offset, limit, false).rows();
    }

    /** How many clusters the query's filters keep (one count in the database; no row read). */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public long portfolioCount(PortfolioQuery query) {
        return portfolio.page(query, 0, 0, true).total();
    }

    /** The sectors the region's clusters have, each once, in Swedish order (one query, not the clusters). */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<String> sectors() {
        return portfolio.sectors();
    }

    /** The counties the region's clusters are in, each once, in no particular order (one query). */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<County> counties() {
        return portfolio.counties();
    }

    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public Optional<ClusterProfile> profile(ClusterId id) {
        return profiles.profile(id);
    }

    /**
     * Every cluster's profile in the region, by name (Swedish order), contacts only for roles with
     * {@code contact.view}: a fixed number of queries whatever the number of clusters (the region workbook).
     */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<ClusterProfile> profiles() {
        return profiles.profiles();
    }

    /**
     * The cluster's contact persons (personal data): only for roles with {@code contact.view}, never for politicians.
     *
     * @return empty if the cluster does not exist in the caller's region
     */
    @RequiresPermission(Permission.CONTACT_VIEW)
    @Transactional(readOnly = true)
    public Optional<List<ContactPerson>> contacts(ClusterId id) {
        return profiles.profile(id).map(ClusterProfile::contacts);
    }

    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<NamedMember> namedMembers(ClusterId id) {
        return members.named(id);
    }

    /** Every change of the cluster's profile, members and (for those who may see them) contacts, newest first. */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<ClusterChange> history(ClusterId id) {
        return history.of(id, managers.can(Permission.CONTACT_VIEW));
    }

    /**
     * The newest {@code limit} changes of the cluster's profile, members and (for those who may see them) contacts,
     * newest first, and whether older ones exist (the cluster page shows a page and "show older"; issue #19).
     *
     * @param limit at least 1; a read of a fixed number of statements whatever the history's length
     */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public ClusterChange.Page history(ClusterId id, int limit) {
        return history.newest(id, managers.can(Permission.CONTACT_VIEW), Math.max(1, limit));
    }

    /**
     * The changes of the cluster's history from {@code offset} on (newest first, as {@link #history(ClusterId)}
     * orders them), at most {@code limit}, and how many there are: a page of the REST history, read without the rest
     * of the history (a counting statement per source and the newest {@code offset + limit} revisions of each).
     *
     * @param offset from 0
     * @param limit  at least 1
     * @throws Rejection.NotFound {@code cluster.error.not-found} for a cluster the region lacks
     */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public ClusterChange.Slice history(ClusterId id, long offset, int limit) {
        return history.slice(id, managers.can(Permission.CONTACT_VIEW), Math.max(0, offset), Math.max(1, limit));
    }

    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<SmartArea> areas() {
        return areas.list();
    }

    // ---- who may edit --------------------------------------------------------------------------------------

    /** Whether the signed-in user may edit this cluster's profile and members (false for anyone else). */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean mayEdit(ClusterId id) {
        return managers.mayEdit(id);
    }

    /** Whether the signed-in user may create, close and import clusters. */
    @PreAuthorize(SIGNED_IN)
    public boolean mayManagePortfolio() {
        return managers.can(Permission.CLUSTER_EDIT);
    }

    /** The clusters of the region the signed-in cluster manager is bound to (empty for everyone else). */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public Set<ClusterId> managedByCurrentUser() {
        return managers.managedByCurrentUser();
    }

    /** Whether the signed-in user is a cluster manager bound to this cluster. */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean managesCluster(ClusterId id) {
        return managers.managesCluster(id);
    }

    /** The cluster managers bound to the cluster, with their names (personal data). */
    @RequiresPermission(Permission.CONTACT_VIEW)
    @Transactional(readOnly = true)
    public List<UserDirectory.DirectoryUser> managers(ClusterId id) {
        return managers.of(id);
    }

    /**
     * The region's cluster managers (users with that role and this region in Keycloak) not yet bound to the cluster.
     * Throws {@link UserDirectory.UnavailableException} when the directory cannot be reached.
     */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional(readOnly = true)
    public List<UserDirectory.DirectoryUser> managerCandidates(ClusterId id) {
        return managers.candidates(id);
    }

    /** Binds a cluster manager of the region; anyone else (another region's, an officer, a typo) is refused. */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public void bindManager(ClusterId id, String username) {
        managers.bind(id, username);
    }

    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public void unbindManager(ClusterId id, String username) {
        managers.unbind(id, username);
    }

    /**
     * The region's cluster-manager bindings: username → the clusters they report for (user administration,
     * issue #17).
     */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public Map<String, Set<ClusterId>> managerBindings() {
        return managers.bindings();
    }

    /**
     * Binds the user to exactly these clusters of the region (none to unbind them all), for the user administration,
     * which has checked the user's role. {@link Rejection.NotFound} {@code cluster.error.not-found} for a cluster
     * that is not the region's; then nothing changed.
     */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public void setManagedClusters(String username, Set<ClusterId> clusters) {
        managers.replace(username, clusters);
    }

    // ---- editing the profile -------------------------------------------------------------------------------

    /** An empty profile to fill in for a new cluster. */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    public ClusterDraft newDraft() {
        return new ClusterDraft();
    }

    /** The cluster's current profile to edit; hand {@link ClusterProfile#version()} back to {@link #update}. */
    @PreAuthorize(MAY_EDIT_SOME)
    @Transactional(readOnly = true)
    public ClusterDraft draftOf(ClusterId id) {
        managers.requireMayEdit(id);
        return profiles.draftOf(id);
    }

    /**
     * The cluster's current profile for its edit form and the version it was read at, in one read (the form needs
     * nothing else of the profile).
     *
     * @throws Rejection.NotFound  {@code cluster.error.not-found} for a cluster the region lacks
     * @throws Rejection.Forbidden {@code cluster.error.not-yours} for a cluster the user may not edit
     */
    @PreAuthorize(MAY_EDIT_SOME)
    @Transactional(readOnly = true)
    public ClusterDraft.Loaded edit(ClusterId id) {
        var loaded = profiles.loaded(id);
        managers.requireMayEdit(id);
        return loaded;
    }

    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public ClusterId create(ClusterDraft draft) {
        return create(ClusterId.random(), draft);
    }

    /**
     * Creates the cluster {@code id}, chosen by its form when it opened: a repeated request (a double click, a
     * retry after a lost answer) creates nothing more and returns the same id.
     *
     * @throws Rejection.Invalid as {@link #update}, field by field
     */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public ClusterId create(ClusterId id, ClusterDraft draft) {
        return profiles.create(id, draft);
    }

    /**
     * Saves the edited profile if nobody else saved the cluster since {@code loadedVersion} was read; otherwise
     * throws {@link Rejection.Stale}. A cluster manager may not change the status.
     */
    @PreAuthorize(MAY_EDIT_SOME)
    @Transactional
    public void update(ClusterId id, long loadedVersion, ClusterDraft draft) {
        managers.requireMayEdit(id);
        profiles.update(id, loadedVersion, draft);
    }

    /** Closes the cluster (clusters are never deleted: their history and data stay). */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public void close(ClusterId id, long loadedVersion, LocalDate closedOn) {
        profiles.close(id, loadedVersion, closedOn);
    }

    // ---- smart specialisation areas ------------------------------------------------------------------------

    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public SmartArea addArea(String name) {
        return addArea(UUID.randomUUID(), name);
    }

    /**
     * Adds the area {@code id}, chosen by its form when it opened: a repeated request creates nothing more and
     * returns the area the first one added.
     *
     * @throws Rejection.Invalid a blank, too long or taken name
     */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public SmartArea addArea(UUID id, String name) {
        return areas.add(id, name);
    }

    /** The region's areas, by name, with the clusters that serve each. */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    @Transactional(readOnly = true)
    public List<AreaUse> areaUse() {
        return areas.use();
    }

    /** Renames an area; refused when someone else changed it since {@code loadedVersion} was read. */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public SmartArea renameArea(UUID id, long loadedVersion, String name) {
        return areas.rename(id, loadedVersion, name);
    }

    /** Removes an area no cluster serves; an area in use is refused with the number of clusters. */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public void removeArea(UUID id, long loadedVersion) {
        areas.remove(id, loadedVersion);
    }

    // ---- members -------------------------------------------------------------------------------------------

    /**
     * Records the member counts of one year. For a year already stored, {@code counts.version()} must be the
     * version that was loaded; a new year must not exist yet.
     */
    @PreAuthorize(MAY_EDIT_SOME)
    @Transactional
    public void saveMembers(ClusterId id, MemberCounts counts, boolean newYear) {
        managers.requireMayEdit(id);
        members.save(id, counts, newYear);
    }

    @PreAuthorize(MAY_EDIT_SOME)
    @Transactional
    public void removeMembers(ClusterId id, int year, long loadedVersion) {
        managers.requireMayEdit(id);
        members.remove(id, year, loadedVersion);
    }

    @PreAuthorize(MAY_EDIT_SOME)
    @Transactional
    public NamedMember addNamedMember(ClusterId id, String name, MemberType type, Integer memberSince) {
        managers.requireMayEdit(id);
        return members.addNamed(id, name, type, memberSince);
    }

    @PreAuthorize(MAY_EDIT_SOME)
    @Transactional
    public void removeNamedMember(ClusterId id, UUID memberId) {
        managers.requireMayEdit(id);
        members.removeNamed(id, memberId);
    }

    // ---- import and export ---------------------------------------------------------------------------------

    /** Reads an uploaded .xlsx or .csv file and says what importing it would create and change, or what is wrong. */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional(readOnly = true)
    public ImportResult previewImport(ImportKind kind, String fileName, byte[] content) {
        return previewImport(kind, fileName, content, Set.of());
    }

    /**
     * As {@link #previewImport(ImportKind, String, byte[])}, leaving out the columns named in {@code readOnlyHeaders}
     * (e.g. the computed columns of the portfolio export, so that an exported file can be edited and imported
     * again); they are listed in {@link ImportResult#ignoredColumns()}.
     */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional(readOnly = true)
    public ImportResult previewImport(ImportKind kind, String fileName, byte[] content, Set<String> readOnlyHeaders) {
        return imports.plan(kind, fileName, content, LocalDate.now(clock), readOnlyHeaders).result();
    }

    /**
     * Imports the file: everything or, if any row has an error, nothing — then the result lists the problems
     * ({@link ImportResult#refused()}) and nothing was saved.
     */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public ImportResult applyImport(ImportKind kind, String fileName, byte[] content) {
        return applyImport(kind, fileName, content, Set.of());
    }

    /** As {@link #applyImport(ImportKind, String, byte[])}, leaving out the columns named in {@code readOnlyHeaders}. */
    @RequiresPermission(Permission.CLUSTER_EDIT)
    @Transactional
    public ImportResult applyImport(ImportKind kind, String fileName, byte[] content, Set<String> readOnlyHeaders) {
        var plan = imports.plan(kind, fileName, content, LocalDate.now(clock), readOnlyHeaders);
        if (!plan.result().refused()) {
            imports.apply(plan);
        }
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

    // ---- system operations (demo data; ADR 0009) -----------------------------------------------------------

    /**
     * System operation for the cross-region comparison (ADR 0009, ADR 0070): the ids of the task's region's clusters
     * that are not closed, in no particular order.
     */
    @Transactional(readOnly = true)
    public List<ClusterId> openClusters(SystemTask task) {
        SystemTask.require(task);
        return portfolio.list().stream().filter(c -> c.status() != ClusterStatus.CLOSED).map(ClusterSummary::id)
                .toList();
    }

    /** System operation: the cluster of that name in the task's region, created with these facts when missing. */
    public ClusterId addIfMissing(SystemTask task, String name, String sector, County county, ClusterStatus status) {
        return seeder.clusterIfMissing(task, name, sector, county, status);
    }

    /**
     * System operation (scheduled checks, e.g. notifications): the cluster of the task's region, empty when there is
     * none with that id.
     */
    @Transactional(readOnly = true)
    public Optional<ClusterSummary> summary(SystemTask task, ClusterId id) {
        SystemTask.require(task);
        return portfolio.find(id);
    }

    /** System operation (scheduled checks): the usernames of the managers bound to the cluster, sorted. */
    @Transactional(readOnly = true)
    public List<String> managerUsernames(SystemTask task, ClusterId id) {
        SystemTask.require(task);
        return managers.usernamesOf(id);
    }

    /** System operation: binds the user as the cluster's manager unless bound (no directory check). */
    public void bindManagerIfMissing(SystemTask task, ClusterId cluster, String username) {
        seeder.bindManagerIfMissing(task, cluster, username);
    }
}
