package se.klusterportalen.label;

import se.klusterportalen.audit.AuditHistoryService;
import se.klusterportalen.audit.Change;

import se.klusterportalen.text.PlainText;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.tenancy.SystemTask;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.RequiresPermission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** ECEI labels of the region's clusters: history, current label, label goals, warnings, Gold pre-assessment. */
@Service
public class LabelService {

    static final int MAX_NOTE_LENGTH = 2000;
    static final int MAX_REFERENCE_LENGTH = 200;

    private final LabelRepository labels;
    private final LabelGoalRepository goals;
    private final GoldRatingRepository ratings;
    private final ClusterService clusters;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditHistoryService audit;

    LabelService(LabelRepository labels, LabelGoalRepository goals, GoldRatingRepository ratings,
                 ClusterService clusters, CurrentUser currentUser, Clock clock, AuditHistoryService audit) {
        this.audit = audit;
        this.labels = labels;
        this.goals = goals;
        this.ratings = ratings;
        this.clusters = clusters;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @RequiresPermission(Permission.LABEL_VIEW)
    @Transactional(readOnly = true)
    public ClusterLabels clusterLabels(ClusterId cluster) {
        requireCluster(cluster);
        var history = labels.findByClusterIdOrderByAssessedOnDesc(cluster.value()).stream()
                .map(Label::toRecord).toList();
        var goal = goals.findById(cluster.value()).map(LabelGoal::toRecord);
        LocalDate today = today();
        return new ClusterLabels(cluster, history, LabelRules.current(history, today), goal,
                LabelRules.warnings(history, goal, today));
    }

    /**
     * The audit history of a cluster's labels ({@code LABEL}, labelled by level and assessment date, e.g.
     * "GOLD 2020-05-14") and its label goal ({@code LABEL_GOAL}), newest first.
     *
     * @throws Rejection.NotFound {@code cluster.error.not-found} for a cluster the region does not have
     */
    @RequiresPermission(Permission.LABEL_VIEW)
    @Transactional(readOnly = true)
    public List<Change> history(ClusterId cluster) {
        requireCluster(cluster);
        var changes = new java.util.ArrayList<Change>();
        changes.addAll(audit.changes(audit.historyWhere(Label.class, "clusterId", cluster.value()), "LABEL",
                state -> state.get("level") + " " + state.get("assessedOn"), Set.of("clusterId")));
        changes.addAll(audit.changes(audit.historyOf(LabelGoal.class, cluster.value()), "LABEL_GOAL",
                state -> "", Set.of()));
        return Change.newestFirst(changes);
    }

    /** The label history (newest first) of each of the clusters that has labels, in one query. */
    @RequiresPermission(Permission.LABEL_VIEW)
    @Transactional(readOnly = true)
    public Map<ClusterId, List<LabelRecord>> histories(Collection<ClusterId> clusterIds) {
        return labels.findByClusterIdIn(clusterIds.stream().map(ClusterId::value).toList()).stream()
                .map(Label::toRecord)
                .sorted(java.util.Comparator.comparing(LabelRecord::assessedOn).reversed())
                .collect(Collectors.groupingBy(LabelRecord::clusterId));
    }

    /** Above this many clusters {@link #currentLabels} reads the region's labels valid today and filters them. */
    static final int MANY_CLUSTERS = 100;

    /** The current label (highest valid today) of each of the clusters that has one. */
    @RequiresPermission(Permission.LABEL_VIEW)
    @Transactional(readOnly = true)
    public Map<ClusterId, LabelRecord> currentLabels(Collection<ClusterId> clusterIds) {
        LocalDate today = today();
        // only the labels valid today, as records (issue #19: every label of the clusters was loaded as an entity);
        // for many clusters (the overview, the region report) the region's, filtered here, not an IN list of hundreds
        List<Object[]> rows;
        if (clusterIds.size() > MANY_CLUSTERS) {
            var wanted = clusterIds.stream().map(ClusterId::value).collect(Collectors.toSet());
            rows = labels.findRecordsValidOn(today).stream().filter(row -> wanted.contains((java.util.UUID) row[1]))
                    .toList();
        } else {
            rows = labels.findRecordsValidOn(clusterIds.stream().map(ClusterId::value).toList(), today);
        }
        var byCluster = rows.stream().map(LabelRepository::record)
                .collect(Collectors.groupingBy(LabelRecord::clusterId));
        var current = new HashMap<ClusterId, LabelRecord>();
        byCluster.forEach((cluster, history) -> LabelRules.current(history, today)
                .ifPresent(label -> current.put(cluster, label)));
        return current;
    }

    /**
     * System operation for the cross-region comparison (ADR 0009, ADR 0070): the level of the current label (highest
     * valid today) of each of the given clusters of the task's region that has one.
     */
    @Transactional(readOnly = true)
    public Map<ClusterId, LabelLevel> currentLevels(SystemTask task, Collection<ClusterId> clusterIds) {
        SystemTask.require(task);
        LocalDate today = today();
        var byCluster = labels.findByClusterIdIn(clusterIds.stream().map(ClusterId::value).toList()).stream()
                .map(Label::toRecord).collect(Collectors.groupingBy(LabelRecord::clusterId));
        var current = new HashMap<ClusterId, LabelLevel>();
        byCluster.forEach((cluster, history) -> LabelRules.current(history, today)
                .ifPresent(label -> current.put(cluster, label.level())));
        return current;
    }

    @RequiresPermission(Permission.LABEL_VIEW)
    @Transactional(readOnly = true)
    public LabelPortfolio portfolio() {
        // records, no entity (issue #19: the overview's goals read every label and goal of the region)
        var byCluster = labels.findRecords().stream().map(LabelRepository::record)
                .collect(Collectors.groupingBy(LabelRecord::clusterId));
        var goalsByCluster = goals.records().stream()
                .collect(Collectors.toMap(LabelGoalRecord::clusterId, Function.identity()));
        return new LabelPortfolio(byCluster, goalsByCluster);
    }

    /**
     * System operation (scheduled notifications): every cluster of the task's region whose current label on
     * {@code today} ends within 90 days and is not followed up by an equal or higher label (the same rule as the
     * cluster page's EXPIRING warning, {@code LabelRules.warnings}).
     */
    @Transactional(readOnly = true)
    public List<ExpiringLabel> expiringLabels(SystemTask task, LocalDate today) {
        SystemTask.require(task);
        var byCluster = labels.findAll().stream().map(Label::toRecord)
                .collect(Collectors.groupingBy(LabelRecord::clusterId));
        var expiring = new ArrayList<ExpiringLabel>();
        byCluster.forEach((cluster, history) -> LabelRules.warnings(history, Optional.empty(), today).stream()
                .filter(warning -> warning.kind() == LabelWarning.Kind.EXPIRING)
                .forEach(warning -> LabelRules.current(history, today).ifPresent(current -> expiring.add(
                        new ExpiringLabel(current.id(), cluster, current.level(), current.validUntil(),
                                warning.days())))));
        expiring.sort(Comparator.comparing(ExpiringLabel::validUntil));
        return expiring;
    }

    @RequiresPermission(Permission.LABEL_EDIT)
    @Transactional
    public LabelRecord addLabel(ClusterId cluster, LabelInput input) {
        return addLabel(LabelId.random(), cluster, input);
    }

    /**
     * Adds the label {@code id}, chosen by its form when it opened: a repeated request (a double click, a retry)
     * creates nothing more and returns the label the first one added.
     */
    @RequiresPermission(Permission.LABEL_EDIT)
    @Transactional
    public LabelRecord addLabel(LabelId id, ClusterId cluster, LabelInput input) {
        var existing = labels.findById(id.value());
        if (existing.isPresent()) {
            return existing.get().toRecord();
        }
        requireCluster(cluster);
        var valid = validate(input);
        return labels.saveAndFlush(new Label(id.value(), cluster, valid)).toRecord();
    }

    @RequiresPermission(Permission.LABEL_EDIT)
    @Transactional
    public LabelRecord updateLabel(LabelId id, LabelInput input, long loadedVersion) {
        var label = labels.findById(id.value()).orElseThrow(() -> new Rejection.NotFound("label.not-found"));
        var valid = validate(input);
        requireVersion(label.version(), loadedVersion);
        label.apply(valid);
        return flush(() -> labels.saveAndFlush(label)).toRecord();
    }

    @RequiresPermission(Permission.LABEL_EDIT)
    @Transactional
    public void deleteLabel(LabelId id, long loadedVersion) {
        var label = labels.findById(id.value()).orElseThrow(() -> new Rejection.NotFound("label.not-found"));
        requireVersion(label.version(), loadedVersion);
        flush(() -> {
            labels.delete(label);
            labels.flush();
            return label;
        });
    }

    /**
     * Sets or changes the cluster's label goal.
     *
     * @param loadedVersion the version the user saw, empty when the cluster had no goal then
     */
    @RequiresPermission(Permission.LABEL_EDIT)
    @Transactional
    public LabelGoalRecord setGoal(ClusterId cluster, LabelLevel level, LocalDate date, Optional<Long> loadedVersion) {
        requireCluster(cluster);
        if (level == null) {
            throw new Rejection.Invalid("targetLevel", "label.goal.level.required");
        }
        if (date == null) {
            throw new Rejection.Invalid("targetDate", "label.goal.date.required");
        }
        var existing = goals.findById(cluster.value());
        if (existing.isPresent() != loadedVersion.isPresent()) {
            throw new Rejection.Stale("label.stale");
        }
        existing.ifPresent(goal -> requireVersion(goal.version(), loadedVersion.get()));
        var goal = existing.orElseGet(() -> new LabelGoal(cluster));
        goal.set(level, date);
        return flush(() -> goals.saveAndFlush(goal)).toRecord();
    }

    @RequiresPermission(Permission.LABEL_VIEW)
    @Transactional(readOnly = true)
    public GoldPreassessment goldPreassessment(ClusterId cluster) {
        requireCluster(cluster);
        Map<String, GoldRating> byCode = ratings.findByClusterId(cluster.value()).stream()
                .collect(Collectors.toMap(GoldRating::indicatorCode, Function.identity()));
        var items = Arrays.stream(GoldIndicator.values()).map(indicator -> {
            var rating = Optional.ofNullable(byCode.get(indicator.code()));
            return new GoldPreassessment.Item(indicator, rating.map(GoldRating::rating),
                    rating.map(GoldRating::note).orElse(null), rating.map(GoldRating::version).orElse(-1L));
        }).toList();
        return GoldPreassessment.of(cluster, items);
    }

    /** Whether the signed-in user may rate this cluster's Gold indicators (officers, and its own managers). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canPreassess(ClusterId cluster) {
        var user = currentUser.get();
        if (user.isEmpty()) {
            return false;
        }
        return user.get().can(Permission.LABEL_EDIT)
                || user.get().can(Permission.LABEL_PREASSESS_OWN) && clusters.managesCluster(cluster);
    }

    /**
     * Rates one Gold indicator.
     *
     * @param loadedVersion the item's version as loaded ({@code -1} when it was not rated yet)
     */
    @PreAuthorize("hasAnyRole('" + Permission.LABEL_EDIT + "', '" + Permission.LABEL_PREASSESS_OWN + "')")
    @Transactional
    public GoldPreassessment rate(ClusterId cluster, GoldIndicator indicator, IndicatorRating rating, String note,
                                  long loadedVersion) {
        if (!canPreassess(cluster)) {
            throw new Rejection.Forbidden("label.preassess.not-own");
        }
        requireCluster(cluster);
        if (indicator == null || rating == null) {
            throw new Rejection.Invalid("rating", "label.preassess.rating.required");
        }
        String cleanNote = PlainText.lines(note).isEmpty() ? null : PlainText.lines(note);
        if (cleanNote != null && cleanNote.length() > MAX_NOTE_LENGTH) {
            throw new Rejection.Invalid("note", "label.preassess.note.too-long");
        }
        var key = new GoldRating.Key(cluster.value(), indicator.code());
        var existing = ratings.findById(key);
        requireVersion(existing.map(GoldRating::version).orElse(-1L), loadedVersion);
        var entity = existing.orElseGet(() -> new GoldRating(cluster.value(), indicator));
        entity.rate(rating, cleanNote);
        flush(() -> ratings.saveAndFlush(entity));
        return goldPreassessment(cluster);
    }

    /** System operation (demo data, ADR 0009): the label unless one of that level and date is recorded. */
    @Transactional
    void addIfMissing(SystemTask task, ClusterId cluster, LabelInput input) {
        SystemTask.require(task);
        var normalised = input.normalised();
        boolean present = labels.findByClusterIdOrderByAssessedOnDesc(cluster.value()).stream()
                .map(Label::toRecord).anyMatch(label -> label.level() == normalised.level()
                        && label.assessedOn().equals(normalised.assessedOn()));
        if (!present) {
            labels.save(new Label(UUID.randomUUID(), cluster, normalised));
        }
    }

    /** System operation (demo data): the cluster's label goal unless it has one. */
    @Transactional
    void setGoalIfMissing(SystemTask task, ClusterId cluster, LabelLevel level, LocalDate date) {
        SystemTask.require(task);
        if (!goals.existsById(cluster.value())) {
            var goal = new LabelGoal(cluster);
            goal.set(level, date);
            goals.save(goal);
        }
    }

    /** System operation (demo data): the indicator's rating unless it is rated. */
    @Transactional
    void rateIfMissing(SystemTask task, ClusterId cluster, GoldIndicator indicator, IndicatorRating rating,
                       String note) {
        SystemTask.require(task);
        var key = new GoldRating.Key(cluster.value(), indicator.code());
        if (!ratings.existsById(key)) {
            var entity = new GoldRating(cluster.value(), indicator);
            entity.rate(rating, note);
            ratings.save(entity);
        }
    }

    private LabelInput validate(LabelInput raw) {
        if (raw == null) {
            throw new Rejection.Invalid("level", "label.level.required");
        }
        var input = raw.normalised();
        if (input.level() == null) {
            throw new Rejection.Invalid("level", "label.level.required");
        }
        if (input.assessedOn() == null) {
            throw new Rejection.Invalid("assessedOn", "label.assessed-on.required");
        }
        if (input.assessedOn().isAfter(today())) {
            throw new Rejection.Invalid("assessedOn", "label.assessed-on.future");
        }
        if (input.validUntil().isBefore(input.assessedOn())) {
            throw new Rejection.Invalid("validUntil", "label.valid-until.before-assessment");
        }
        if (input.scorePercent() != null && (input.scorePercent() < 0 || input.scorePercent() > 100)) {
            throw new Rejection.Invalid("scorePercent", "label.score.range");
        }
        if (input.level() == LabelLevel.GOLD && input.scorePercent() != null
                && input.scorePercent() < LabelRules.GOLD_MINIMUM_SCORE) {
            throw new Rejection.Invalid("scorePercent", "label.score.gold-minimum");
        }
        if (input.issuerReference() != null && input.issuerReference().length() > MAX_REFERENCE_LENGTH) {
            throw new Rejection.Invalid("issuerReference", "label.issuer.too-long");
        }
        return input;
    }

    private void requireCluster(ClusterId cluster) {
        if (clusters.find(cluster).isEmpty()) {
            throw new Rejection.NotFound("cluster.error.not-found");
        }
    }

    private static void requireVersion(long actual, long loaded) {
        if (actual != loaded) {
            throw new Rejection.Stale("label.stale");
        }
    }

    private static <T> T flush(Supplier<T> save) {
        try {
            return save.get();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new Rejection.Stale("label.stale");
        }
    }
}
