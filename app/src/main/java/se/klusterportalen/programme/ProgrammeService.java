package se.klusterportalen.programme;

import se.klusterportalen.audit.AuditHistoryService;
import se.klusterportalen.audit.Change;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.tenancy.SystemTask;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.security.RequiresPermission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The programmes of the current user's region, with their goals and milestones. */
@Service
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final Goals goals;
    private final Milestones milestones;
    private final ClusterService clusters;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditHistoryService audit;

    ProgrammeService(ProgrammeRepository programmes, Goals goals, Milestones milestones, ClusterService clusters,
                     CurrentUser currentUser, Clock clock, AuditHistoryService audit) {
        this.audit = audit;
        this.programmes = programmes;
        this.goals = goals;
        this.milestones = milestones;
        this.clusters = clusters;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @RequiresPermission(Permission.PROGRAMME_VIEW)
    @Transactional(readOnly = true)
    public List<ProgrammeSummary> list() {
        return programmes.findAllByOrderByStartYearDescNameAsc().stream().map(Programme::toSummary).toList();
    }

    /**
     * One page of the region's programmes, cut in the database: by start year, then name (the column's Swedish
     * collation), then id.
     *
     * @param page from 0
     * @param size at least 1
     */
    @RequiresPermission(Permission.PROGRAMME_VIEW)
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<ProgrammeSummary> page(int page, int size) {
        return programmes.findAll(org.springframework.data.domain.PageRequest.of(page, size,
                org.springframework.data.domain.Sort.by("startYear", "name", "id"))).map(Programme::toSummary);
    }

    @RequiresPermission(Permission.PROGRAMME_VIEW)
    @Transactional(readOnly = true)
    public Optional<ProgrammeSummary> find(ProgrammeId id) {
        return programmes.findById(id.value()).map(Programme::toSummary);
    }

    @RequiresPermission(Permission.PROGRAMME_EDIT)
    @Transactional
    public ProgrammeSummary create(String name, int startYear, int endYear, Collection<ClusterId> clusters) {
        return create(ProgrammeId.random(), name, startYear, endYear, clusters);
    }

    /**
     * Creates the programme {@code id}, chosen by its form when it opened: a repeated request (a double click, a
     * retry after a lost answer) creates nothing more and returns the programme the first one created.
     *
     * @throws Rejection.Invalid a blank, too long or taken name, a period outside 1990–2100, an unknown cluster
     */
    @RequiresPermission(Permission.PROGRAMME_EDIT)
    @Transactional
    public ProgrammeSummary create(ProgrammeId id, String name, int startYear, int endYear,
                                   Collection<ClusterId> clusters) {
        var existing = programmes.findById(id.value());
        if (existing.isPresent()) {
            return existing.get().toSummary();
        }
        String cleaned = validName(name, null);
        requireKnown(clusters);
        var programme = new Programme(id.value(), cleaned, startYear, endYear);
        clusters.forEach(programme::include);
        return programmes.saveAndFlush(programme).toSummary();
    }

    /**
     * Renames the programme and changes its clusters (the period stays: plans and goals are laid out by year).
     * Refused with {@link Rejection.Stale} when someone else changed it since {@code loadedVersion}.
     */
    @RequiresPermission(Permission.PROGRAMME_EDIT)
    @Transactional
    public ProgrammeSummary update(ProgrammeId id, long loadedVersion, String name, Collection<ClusterId> clusters) {
        Programme programme = programmes.findById(id.value())
                .orElseThrow(() -> new Rejection.NotFound("programme.not-found"));
        if (programme.version() != loadedVersion) {
            throw new Rejection.Stale("programme.stale");
        }
        programme.rename(validName(name, id));
        requireKnown(clusters);
        programme.replaceClusters(clusters);
        try {
            return programmes.saveAndFlush(programme).toSummary();
        } catch (ObjectOptimisticLockingFailureException concurrentSave) {
            throw new Rejection.Stale("programme.stale");
        }
    }

    private String validName(String name, ProgrammeId renamed) {
        String cleaned = Programme.validName(name);
        if (programmes.findByNameIgnoreCase(cleaned).filter(other -> renamed == null
                || !other.toSummary().id().equals(renamed)).isPresent()) {
            throw new Rejection.Invalid("name", "programme.name.taken");
        }
        return cleaned;
    }

    /** Only the region's own clusters; another region's are as unknown as made-up ones. */
    private void requireKnown(Collection<ClusterId> clusterIds) {
        var known = clusters.list().stream().map(ClusterSummary::id).collect(Collectors.toSet());
        if (clusterIds == null || !known.containsAll(clusterIds)) {
            throw new Rejection.Invalid("clusters", "programme.clusters.unknown");
        }
    }

    /**
     * System operation (scheduled notifications): the milestones of the task's region overdue on {@code today} (due
     * date passed, neither done nor cancelled), earliest due first.
     */
    @Transactional(readOnly = true)
    public List<MilestoneRecord> overdueMilestones(SystemTask task, LocalDate today) {
        SystemTask.require(task);
        return milestones.overdue(today);
    }

    /** System operation (demo data, ADR 0009): the programme of that name in the task's region, created if missing. */
    @Transactional
    public ProgrammeSummary ensureExists(SystemTask task, String name, int startYear, int endYear,
                                         Collection<ClusterId> clusters) {
        SystemTask.require(task);
        return programmes.findByNameIgnoreCase(name).map(Programme::toSummary)
                .orElseGet(() -> {
                    var programme = new Programme(UUID.randomUUID(), name, startYear, endYear);
                    clusters.forEach(programme::include);
                    return programmes.saveAndFlush(programme).toSummary();
                });
    }

    /** The programme's goals, rule goals evaluated today. */
    @RequiresPermission(Permission.PROGRAMME_VIEW)
    @Transactional(readOnly = true)
    public List<GoalEvaluation> goals(ProgrammeId programme) {
        return goalsOn(programme, today());
    }

    /** The programme's goals, rule goals evaluated on the given date. */
    @RequiresPermission(Permission.PROGRAMME_VIEW)
    @Transactional(readOnly = true)
    public List<GoalEvaluation> goalsOn(ProgrammeId programme, LocalDate date) {
        return goals.evaluate(require(programme), date);
    }

    @RequiresPermission(Permission.PROGRAMME_EDIT)
    @Transactional
    public GoalId addGoal(ProgrammeId programme, GoalDefinition definition) {
        return addGoal(GoalId.random(), programme, definition);
    }

    /**
     * Adds the goal {@code id}, chosen by its form when it opened: a repeated request creates nothing more and
     * returns the same id.
     */
    @RequiresPermission(Permission.PROGRAMME_EDIT)
    @Transactional
    public GoalId addGoal(GoalId id, ProgrammeId programme, GoalDefinition definition) {
        return goals.add(id, require(programme), definition).id();
    }

    /** Changes what a goal asks for (not its kind). */
    @RequiresPermission(Permission.PROGRAMME_EDIT)
    @Transactional
    public void updateGoal(GoalId id, GoalDefinition definition, long loadedVersion) {
        var goal = goals.require(id);
        goals.redefine(goal, require(goal.programmeId()), definition, loadedVersion);
    }

    /** Sets a manual goal's status and comment; every change stays in its history. */
    @RequiresPermission(Permission.PROGRAMME_EDIT)
    @Transactional
    public void judgeGoal(GoalId id, GoalStatus status, String comment, long loadedVersion) {
        goals.judge(goals.require(id), status, comment, loadedVersion);
    }

    /**
     * One goal with its programme, a rule goal evaluated today.
     *
     * @throws Rejection.NotFound {@code programme.goal.not-found} for a goal the region does not have
     */
    @RequiresPermission(Permission.PROGRAMME_VIEW)
    @Transactional(readOnly = true)
    public GoalOfProgramme goal(GoalId id) {
        ProgrammeId programme = goals.require(id).programmeId();
        return goals.evaluate(require(programme), today()).stream().filter(goal -> goal.id().equals(id))
                .findFirst().map(goal -> new GoalOfProgramme(programme, goal))
                .orElseThrow(() -> new Rejection.NotFound("programme.goal.not-found"));
    }

    @RequiresPermission(Permission.PROGRAMME_VIEW)
    @Transactional(readOnly = true)
    public List<GoalHistoryEntry> goalHistory(GoalId id) {
        goals.require(id);
        return goals.history(id);
    }

    @RequiresPermission(Permission.PROGRAMME_VIEW)
    @Transactional(readOnly = true)
    public List<MilestoneRecord> milestones(ProgrammeId programme) {
        require(programme);
        return milestones.ofProgramme(programme, today());
    }

    /**
     * A programme's audit history, newest first: the programme itself ({@code PROGRAMME}: name, years, clusters by
     * id), its goals ({@code GOAL}, labelled by title) and its milestones ({@code MILESTONE}, labelled by title).
     *
     * @throws Rejection.NotFound {@code programme.not-found} for a programme the region does not have
     */
    @RequiresPermission(Permission.PROGRAMME_VIEW)
    @Transactional(readOnly = true)
    public List<Change> history(ProgrammeId id) {
        require(id);
        var changes = new java.util.ArrayList<Change>();
        changes.addAll(audit.changes(audit.historyOf(Programme.class, id.value()), "PROGRAMME",
                state -> String.valueOf(state.get("name")), Set.of()));
        changes.addAll(audit.changes(audit.historyWhere(ProgrammeGoal.class, "programmeId", id.value()), "GOAL",
                state -> String.valueOf(state.get("title")), Set.of("programmeId", "position")));
        changes.addAll(audit.changes(audit.historyWhere(Milestone.class, "programmeId", id.value()), "MILESTONE",
                state -> String.valueOf(state.get("title")), Set.of("programmeId")));
        return Change.newestFirst(changes);
    }

    /**
     * A milestone's audit history ({@code MILESTONE}, labelled by title), newest first.
     *
     * @throws Rejection.NotFound {@code programme.milestone.not-found} for a milestone the region does not have
     */
    @RequiresPermission(Permission.PROGRAMME_VIEW)
    @Transactional(readOnly = true)
    public List<Change> milestoneHistory(MilestoneId id) {
        milestones.require(id);
        return Change.newestFirst(audit.changes(audit.historyOf(Milestone.class, id.value()), "MILESTONE",
                state -> String.valueOf(state.get("title")), Set.of()));
    }

    /**
     * One milestone, its overdue days counted today.
     *
     * @throws Rejection.NotFound {@code programme.milestone.not-found} for a milestone the region does not have
     */
    @RequiresPermission(Permission.PROGRAMME_VIEW)
    @Transactional(readOnly = true)
    public MilestoneRecord milestone(MilestoneId id) {
        return milestones.require(id).toRecord(today());
    }

    @RequiresPermission(Permission.PROGRAMME_VIEW)
    @Transactional(readOnly = true)
    public List<MilestoneRecord> clusterMilestones(ClusterId cluster) {
        return milestones.ofCluster(cluster, today());
    }

    @RequiresPermission(Permission.PROGRAMME_EDIT)
    @Transactional
    public MilestoneRecord addMilestone(MilestoneInput input) {
        return milestones.add(input, today());
    }

    /**
     * Creates a milestone with the id its form chose when it opened: a repeated request (a double click, a retry
     * after a lost answer) creates nothing more and returns the milestone the first one created.
     *
     * @throws Rejection.Invalid as {@link #addMilestone(MilestoneInput)}
     */
    @RequiresPermission(Permission.PROGRAMME_EDIT)
    @Transactional
    public MilestoneRecord addMilestone(MilestoneId id, MilestoneInput input) {
        return milestones.add(id, input, today());
    }

    @RequiresPermission(Permission.PROGRAMME_EDIT)
    @Transactional
    public MilestoneRecord updateMilestone(MilestoneId id, MilestoneInput input, long loadedVersion) {
        return milestones.update(milestones.require(id), input, loadedVersion, today());
    }

    /** Officers update any milestone's status; cluster managers those of the clusters they manage. */
    @PreAuthorize("hasAnyRole('" + Permission.PROGRAMME_EDIT + "', '" + Permission.MILESTONE_UPDATE_OWN + "')")
    @Transactional
    public MilestoneRecord updateMilestoneStatus(MilestoneId id, MilestoneStatus status, LocalDate doneOn,
                                                 String comment, long loadedVersion) {
        var milestone = milestones.require(id);
        if (!mayUpdateStatus(milestone.cluster())) {
            throw new Rejection.Forbidden("programme.milestone.not-own");
        }
        return milestones.updateStatus(milestone, status, doneOn, comment, loadedVersion, today());
    }

    /** Whether the signed-in user may change this milestone's status (for the views). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayUpdateStatus(MilestoneRecord milestone) {
        return mayUpdateStatus(milestone.cluster());
    }

    /** Whether the signed-in user may edit programmes, goals and milestones (for the views). */
    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit() {
        return currentUser.get().map(user -> user.can(Permission.PROGRAMME_EDIT)).orElse(false);
    }

    private boolean mayUpdateStatus(Optional<ClusterId> cluster) {
        Optional<PortalUser> user = currentUser.get();
        if (user.isEmpty()) {
            return false;
        }
        if (user.get().can(Permission.PROGRAMME_EDIT)) {
            return true;
        }
        return user.get().can(Permission.MILESTONE_UPDATE_OWN) && cluster.filter(clusters::managesCluster).isPresent();
    }

    private ProgrammeSummary require(ProgrammeId id) {
        return programmes.findById(id.value()).map(Programme::toSummary)
                .orElseThrow(() -> new Rejection.NotFound("programme.not-found"));
    }

    /** System operation (demo data): adds the goals to a programme that has none. */
    @Transactional
    void addGoalsIfNone(SystemTask task, ProgrammeId programme, List<GoalDefinition> definitions) {
        SystemTask.require(task);
        if (goals.hasGoals(programme)) {
            return;
        }
        var summary = require(programme);
        definitions.forEach(definition -> goals.add(GoalId.random(), summary, definition));
    }

    /** For the platform's own set-up (demo data): sets a manual goal's status once, while it is not judged. */
    @Transactional
    void judgeIfNotAssessed(SystemTask task, ProgrammeId programme, String title, GoalStatus status, String comment) {
        SystemTask.require(task);
        goals.judgeIfNotAssessed(programme, title, status, comment);
    }

    /** For the platform's own set-up (demo data): adds the milestone unless its programme has one of that title. */
    @Transactional
    void addMilestoneIfMissing(SystemTask task, MilestoneInput input) {
        SystemTask.require(task);
        if (!milestones.exists(input.programme(), input.cluster(), input.title())) {
            milestones.addForSetUp(input, today());
        }
    }
}
