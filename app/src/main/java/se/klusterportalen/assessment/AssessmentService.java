package se.klusterportalen.assessment;

import se.klusterportalen.audit.AuditHistoryService;
import se.klusterportalen.audit.Change;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.text.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.text.Collation;
import se.klusterportalen.tenancy.RegionContext;
import se.klusterportalen.tenancy.SystemTask;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.security.RequiresPermission;
import se.klusterportalen.security.UserDirectory;
import se.klusterportalen.rejection.Rejection;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Phase-model self-assessments of the current user's region: rounds, answering, review and fixing, the computed
 * phases and the portfolio matrix; and the pure phase-model calculation.
 */
@Service
public class AssessmentService {

    static final int MAX_TEXT = 4000;
    static final int MAX_LINK = 500;
    static final int MAX_ROUND_NAME = 100;
    static final int ECHOED = 5;
    static final int ECHOED_LENGTH = 20;
    private static final String SYSTEM = "system";

    private final PhaseModelCatalog catalog;
    private final AssessmentRoundRepository rounds;
    private final AssessmentRepository assessments;
    private final ClusterService clusters;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    private final AuditHistoryService audit;
    private final MatrixRows matrixRows;
    private final PhaseDistributions distributions;
    private final MatrixCache matrixCache;

    AssessmentService(PhaseModelCatalog catalog, AssessmentRoundRepository rounds, AssessmentRepository assessments,
                      ClusterService clusters, CurrentUser currentUser, Clock clock, UserDirectory directory,
                      ApplicationEventPublisher events, AuditHistoryService audit, MatrixRows matrixRows,
                      PhaseDistributions distributions, MatrixCache matrixCache) {
        this.matrixCache = matrixCache;
        this.matrixRows = matrixRows;
        this.distributions = distributions;
        this.audit = audit;
        this.events = events;
        this.catalog = catalog;
        this.rounds = rounds;
        this.assessments = assessments;
        this.clusters = clusters;
        this.currentUser = currentUser;
        this.clock = clock;
        this.directory = directory;
    }

    // ---- the framework and the pure calculation (no region data) ----

    @RequiresPermission(Permission.PHASE_MODEL_EVALUATE)
    public PhaseModel currentPhaseModel() {
        return catalog.latest();
    }

    @RequiresPermission(Permission.PHASE_MODEL_EVALUATE)
    public PhaseModel phaseModel(int version) {
        return catalog.version(version);
    }

    /** The phases the met criteria give in the latest framework version. */
    @RequiresPermission(Permission.PHASE_MODEL_EVALUATE)
    public PhaseEvaluation evaluate(Collection<String> met) {
        return evaluate(catalog.latestVersion(), met);
    }

    @RequiresPermission(Permission.PHASE_MODEL_EVALUATE)
    public PhaseEvaluation evaluate(int frameworkVersion, Collection<String> met) {
        if (met == null) {
            throw new Rejection.Invalid("met", "assessment.error.met-required");
        }
        var model = catalog.version(frameworkVersion);
        var known = model.criteriaByCode().keySet();
        List<String> unknown = met.stream().filter(code -> code == null || !known.contains(code)).distinct()
                .map(String::valueOf).toList();
        if (!unknown.isEmpty()) {
            throw unknownCriteria("met", unknown);
        }
        return PhaseRules.evaluate(model, Set.copyOf(met));
    }

    // ---- rounds ----

    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    @Transactional(readOnly = true)
    public List<RoundSummary> rounds() {
        Map<UUID, int[]> counts = matrixRows.countsPerRound(); // counted in the database, no assessment loaded
        return rounds.findAllByOrderByOpenedAtDesc().stream()
                .map(round -> toSummary(round, counts.getOrDefault(round.id(), new int[2]))).toList();
    }

    /**
     * Opens a round (e.g. "2026") for the given clusters of the region, each with a draft that starts from the
     * cluster's last fixed answers of an earlier round (each marked as carried over from it until changed; the
     * questions the current framework still asks), or empty for a cluster never fixed before.
     */
    @RequiresPermission(Permission.ASSESSMENT_MANAGE)
    @Transactional
    public RoundSummary openRound(String name, Collection<ClusterId> clusterIds) {
        return openRound(RoundId.random(), name, clusterIds);
    }

    /**
     * Opens the round {@code id}, chosen by its form when it opened: a repeated request (a double click, a retry
     * after a lost answer) opens nothing more and returns the round the first one opened.
     *
     * @throws Rejection.Invalid a blank, too long or taken name, no clusters or one not in the region
     */
    @RequiresPermission(Permission.ASSESSMENT_MANAGE)
    @Transactional
    public RoundSummary openRound(RoundId id, String name, Collection<ClusterId> clusterIds) {
        var existing = rounds.findById(id.value());
        if (existing.isPresent()) {
            return toSummary(existing.get(), assessments.findByRoundId(id.value()));
        }
        String roundName = PlainText.line(name);
        if (roundName.isEmpty() || roundName.length() > MAX_ROUND_NAME) {
            throw new Rejection.Invalid("name", "assessment.round.error.name");
        }
        if (rounds.findByNameIgnoreCase(roundName).isPresent()) {
            throw new Rejection.Invalid("name", "assessment.round.error.name-taken");
        }
        var chosen = new LinkedHashSet<>(clusterIds == null ? List.<ClusterId>of() : clusterIds);
        if (chosen.isEmpty()) {
            throw new Rejection.Invalid("clusters", "assessment.round.error.no-clusters");
        }
        if (chosen.stream().anyMatch(cluster -> clusters.find(cluster).isEmpty())) {
            throw new Rejection.Invalid("clusters", "assessment.round.error.unknown-cluster");
        }
        var round = open(id.value(), roundName, catalog.latestVersion(), clock.instant(), actor(), chosen);
        carryOverLastFixed(round);
        return toSummary(round, assessments.findByRoundId(round.id()));
    }

    private AssessmentRound open(UUID id, String name, int frameworkVersion, Instant now, String actor,
                                 Collection<ClusterId> clusterIds) {
        var round = rounds.save(new AssessmentRound(id, name, frameworkVersion, now, actor));
        List<String> letters = letters(clusterIds.size());
        Collections.shuffle(letters, random);
        int i = 0;
        for (ClusterId cluster : clusterIds) {
            assessments.save(new Assessment(round, cluster.value(), letters.get(i++), now, actor));
        }
        return round;
    }

    private void carryOverLastFixed(AssessmentRound round) {
        var model = catalog.version(round.frameworkVersion());
        Set<String> asked = new HashSet<>();
        model.criteria().forEach(criterion -> asked.add(criterion.code()));
        model.areas().forEach(area -> asked.add(area.code()));
        Map<UUID, AssessmentRound> roundsById = rounds.findAll().stream()
                .collect(Collectors.toMap(AssessmentRound::id, r -> r));
        for (Assessment draft : assessments.findByRoundId(round.id())) {
            assessments.findByClusterId(draft.clusterId()).stream()
                    .filter(earlier -> earlier.state() == AssessmentState.FIXED
                            && !earlier.roundId().equals(round.id()))
                    .max(Comparator.comparing((Assessment earlier) -> roundsById.get(earlier.roundId()).openedAt()))
                    .ifPresent(last -> {
                        var answers = new ArrayList<AnswerResponse>(last.responses(AnswerKind.CRITERION).values());
                        answers.addAll(last.responses(AnswerKind.AREA).values());
                        draft.startFrom(answers, asked, roundsById.get(last.roundId()).name());
                    });
        }
    }

    /** A, B, … Z, AA, AB, …: names for the clusters when the matrix is shared outside the region. */
    static List<String> letters(int count) {
        var letters = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            letters.add(i < 26 ? String.valueOf((char) ('A' + i))
                    : String.valueOf((char) ('A' + i / 26 - 1)) + (char) ('A' + i % 26));
        }
        return letters;
    }

    /** The round's assessments the user may see, by cluster name. */
    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    @Transactional(readOnly = true)
    public List<AssessmentSummary> assessments(RoundId roundId) {
        var round = rounds.findById(roundId.value()).orElseThrow(() -> new Rejection.NotFound("assessment.round.not-found"));
        var names = clusterNames();
        var viewer = viewer();
        return assessments.findByRoundId(round.id()).stream().filter(viewer::mayView)
                .map(a -> toSummary(a, round, names)).sorted(Collation.swedish(AssessmentSummary::clusterName))
                .toList();
    }

    // ---- one assessment ----

    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    @Transactional(readOnly = true)
    public AssessmentDetails assessment(AssessmentId id) {
        var assessment = visible(id);
        return toDetails(assessment, viewer());
    }

    /**
     * The audit history of an assessment, newest first: the assessment itself ({@code ASSESSMENT}: its state,
     * submitted, returned and fixed by whom and when; labelled by the cluster's letter) and its answers
     * ({@code ANSWER}: met, level, text, detail and the officer's review; labelled by the criterion's or area's
     * code). Visible to whoever may see the assessment.
     *
     * @throws Rejection.NotFound {@code assessment.error.not-found} for an assessment the region does not have
     * @throws org.springframework.security.access.AccessDeniedException for a draft the caller may not see
     */
    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    @Transactional(readOnly = true)
    public List<Change> history(AssessmentId id) {
        var assessment = visible(id);
        var changes = new ArrayList<Change>();
        changes.addAll(audit.changes(audit.historyOf(Assessment.class, assessment.id()), "ASSESSMENT",
                state -> String.valueOf(state.get("letter")),
                Set.of("roundId", "clusterId", "frameworkVersion", "letter", "updatedAt", "updatedBy")));
        changes.addAll(audit.changes(audit.historyOfRelated(Answer.class, "assessment", assessment.id()), "ANSWER",
                state -> String.valueOf(state.get("code")), Set.of("kind", "code")));
        return Change.newestFirst(changes);
    }

    /**
     * Saves one answer, a criterion's or a horizontal area's: in a draft by the cluster's manager or an officer; in
     * review by the officer only, with a comment saying why it changed. A fixed assessment changes no more.
     *
     * @throws Rejection.Invalid  on {@code code} for a criterion the assessment's framework version does not have
     *                            ({@code assessment.error.unknown-criteria}); on the criterion or area code for an
     *                            unknown level, a text over 4 000 characters, a link that is not http(s) or over 500
     *                            characters, or a change in review without a comment; on {@code area} for an unknown
     *                            area; on {@code assessment} once the assessment is fixed
     * @throws Rejection.Stale    when someone else saved the assessment since {@code loadedVersion}
     * @throws Rejection.NotFound when there is no such assessment in the region
     */
    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    @Transactional
    public AssessmentDetails answer(AssessmentId id, long loadedVersion, AnswerInput input,
                                    @Nullable String reviewComment) {
        var assessment = editable(id, loadedVersion);
        var model = catalog.version(assessment.frameworkVersion());
        switch (input.kind()) {
            case CRITERION -> {
                if (model.criterion(input.code()).isEmpty()) {
                    throw unknownCriteria("code", List.of(input.code()));
                }
                checkTexts(input.code(), input.text(), input.detail());
            }
            case AREA -> {
                if (model.area(input.code()).isEmpty()) {
                    throw new Rejection.Invalid("area", "assessment.error.unknown-area");
                }
                var level = input.value() instanceof AnswerValue.Level(int chosen) ? chosen : null;
                if (level != null && model.levels().stream().noneMatch(l -> l.level() == level)) {
                    throw new Rejection.Invalid(input.code(), "assessment.error.unknown-level");
                }
                checkTexts(input.code(), input.text(), null);
                checkTexts(input.code(), input.detail(), null);
            }
        }
        var viewer = viewer();
        if (assessment.state() == AssessmentState.SUBMITTED) {
            if (assessment.differs(input)) {
                assessment.changeInReview(input, requireComment(input.code(), reviewComment), clock.instant(),
                        viewer.username());
            }
        } else {
            assessment.answer(input, clock.instant(), viewer.username());
        }
        return save(assessment, viewer);
    }

    /**
     * Hands a complete draft in for review: every criterion answered, evidence for every met one, and for every
     * horizontal area a level resting on both an analysis and concrete activities.
     */
    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    @Transactional
    public AssessmentDetails submit(AssessmentId id, long loadedVersion) {
        var assessment = editable(id, loadedVersion);
        var viewer = viewer();
        assessment.submit(completeness(assessment), clock.instant(), viewer.username());
        return published(AssessmentWorkflowEvent.Step.SUBMITTED, save(assessment, viewer), viewer, null);
    }

    /**
     * The officer sends a submitted assessment back to the cluster's manager as a draft, saying what to complete
     * or reconsider; the answers and review comments stay.
     */
    @RequiresPermission(Permission.ASSESSMENT_MANAGE)
    @Transactional
    public AssessmentDetails sendBack(AssessmentId id, long loadedVersion, String comment) {
        var assessment = editable(id, loadedVersion);
        if (comment != null && comment.length() > MAX_TEXT) {
            throw new Rejection.Invalid("return", "assessment.error.too-long");
        }
        var viewer = viewer();
        String note = comment == null ? null : PlainText.lines(comment);
        assessment.sendBack(note, clock.instant(), viewer.username());
        return published(AssessmentWorkflowEvent.Step.SENT_BACK, save(assessment, viewer), viewer, note);
    }

    /** The officer accepts the reviewed answers: the result is fixed (fastställd) and read-only from now on. */
    @RequiresPermission(Permission.ASSESSMENT_MANAGE)
    @Transactional
    public AssessmentDetails fix(AssessmentId id, long loadedVersion) {
        var assessment = editable(id, loadedVersion);
        var viewer = viewer();
        assessment.fix(clock.instant(), viewer.username());
        return published(AssessmentWorkflowEvent.Step.FIXED, save(assessment, viewer), viewer, null);
    }

    /** Tells listeners (notifications) about a workflow step, in this transaction; they act after its commit. */
    private AssessmentDetails published(AssessmentWorkflowEvent.Step step, AssessmentDetails saved, Viewer viewer,
                                        @Nullable String comment) {
        var summary = saved.summary();
        events.publishEvent(new AssessmentWorkflowEvent(step, RegionContext.current().orElseThrow(), summary.id(),
                summary.clusterId(), summary.clusterName(), summary.roundName(), viewer.username(), comment,
                clock.instant()));
        return saved;
    }

    // ---- portfolio ----

    /** The fixed results of a round with the medians; drafts and submitted assessments are not in it. */
    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    @Transactional(readOnly = true)
    public PortfolioMatrix matrix(RoundId roundId) {
        return matrix(roundId, cluster -> true);
    }

    /**
     * The matrix of a round without its rows: the round, the model, how many fixed results and the medians across
     * all of them, as {@link #matrix(RoundId)} has them; read as projections (no assessment or answer loaded as an
     * entity), for a view that shows the rows a page at a time ({@link #matrixRows}); kept per region and data
     * version with the rows ({@link MatrixCache}).
     *
     * @throws Rejection.NotFound {@code assessment.round.not-found} for a round the region does not have
     */
    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    public MatrixSummary matrixSummary(RoundId roundId) {
        return roundMatrix(roundId).summary();
    }

    /**
     * One page of a round's matrix rows (its fixed results) in the given order, names in {@code language}'s order
     * ({@link Collation}): {@code offset} rows skipped, at most {@code limit}. The round's fixed results are read and
     * evaluated once (two queries, never one per row) and kept per region and data version with
     * {@link #matrixSummary}'s figures ({@link MatrixCache}): the grids' pages and sorts while nothing changed read
     * only the version.
     *
     * @throws Rejection.NotFound {@code assessment.round.not-found} for a round the region does not have
     */
    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    public List<MatrixRow> matrixRows(RoundId roundId, MatrixOrder order, java.util.Locale language, long offset,
                                      int limit) {
        return roundMatrix(roundId).page(order, language, offset, limit);
    }

    /**
     * A round's matrix for one navigation of the matrix page: {@link #matrixSummary}'s figures and
     * {@link #matrixRows}'s pages from one read of the data version (the page takes it once and both grids page from
     * it, ADR 0094), shared with every session of the region while nothing it is made from changed.
     *
     * @throws Rejection.NotFound {@code assessment.round.not-found} for a round the region does not have
     */
    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    public RoundMatrix matrixPages(RoundId roundId) {
        return roundMatrix(roundId);
    }

    private RoundMatrix roundMatrix(RoundId roundId) {
        return matrixCache.get(roundId.value(), () -> {
            var round = rounds.findById(roundId.value())
                    .orElseThrow(() -> new Rejection.NotFound("assessment.round.not-found"));
            var model = catalog.version(round.frameworkVersion());
            var answers = matrixRows.answers(round.id());
            List<MatrixRow> rows = matrixRows.fixed(round.id()).stream()
                    .map(fixed -> row(fixed, model, answers.getOrDefault(fixed.assessment(), MatrixRows.Answers.NONE)))
                    .toList();
            var medians = MatrixMedians.of(model, rows);
            return new RoundMatrix(new MatrixSummary(toSummary(round,
                    matrixRows.countsPerRound().getOrDefault(round.id(), new int[2])), model, rows.size(),
                    medians.dimensions(), medians.overall(), medians.areas()), rows);
        });
    }

    private static MatrixRow row(MatrixRows.Fixed fixed, PhaseModel model, MatrixRows.Answers answers) {
        return new MatrixRow(new ClusterId(fixed.cluster()), fixed.clusterName(), fixed.letter(),
                PhaseRules.evaluate(model, answers.met()), answers.areaLevels());
    }

    private PortfolioMatrix matrix(RoundId roundId, java.util.function.Predicate<UUID> counted) {
        var round = rounds.findById(roundId.value()).orElseThrow(() -> new Rejection.NotFound("assessment.round.not-found"));
        var all = assessments.findByRoundId(round.id()).stream().filter(a -> counted.test(a.clusterId())).toList();
        var model = catalog.version(round.frameworkVersion());
        var names = clusterNames();
        List<MatrixRow> rows = all.stream().filter(a -> a.state() == AssessmentState.FIXED)
                .map(a -> new MatrixRow(new ClusterId(a.clusterId()), names.getOrDefault(a.clusterId(), "?"),
                        a.letter(), PhaseRules.evaluate(model, a.metCriteria()), areaLevels(a)))
                .sorted(Collation.swedish(MatrixRow::clusterName)).toList();
        var medians = MatrixMedians.of(model, rows);
        return new PortfolioMatrix(toSummary(round, all), model, rows, medians.dimensions(), medians.overall(), medians.areas());
    }

    /**
     * The phase distribution of the newest round with a fixed result (overall and per dimension, with medians) and
     * its change since the fixed round before it; empty while the region has no fixed result. Rounds are ordered by
     * the time they were opened.
     */
    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    @Transactional(readOnly = true)
    public Optional<PhaseDistribution> phaseDistribution() {
        return distributions.newest();
    }

    /**
     * The phase distribution of a programme: only the programme's clusters count, the newest round is the newest one
     * opened within the programme's years (Swedish time) in which one of them has a fixed result, compared with the
     * fixed round of theirs before it (which may be from before the period: the starting point). Empty when no such
     * round was opened within the period.
     *
     * @param clusters  the programme's clusters
     * @param firstYear the programme's first year
     * @param lastYear  the programme's last year
     */
    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    @Transactional(readOnly = true)
    public Optional<PhaseDistribution> phaseDistribution(Collection<ClusterId> clusters, int firstYear, int lastYear) {
        return distributions.ofProgramme(clusters, firstYear, lastYear);
    }

    /** A cluster's assessments the user may see, newest round first. */
    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    @Transactional(readOnly = true)
    public List<AssessmentSummary> history(ClusterId cluster) {
        var viewer = viewer();
        var names = clusterNames();
        Map<UUID, AssessmentRound> roundsById = rounds.findAll().stream()
                .collect(Collectors.toMap(AssessmentRound::id, Function.identity()));
        return assessments.findByClusterId(cluster.value()).stream().filter(viewer::mayView)
                .sorted(Comparator.comparing((Assessment a) -> roundsById.get(a.roundId()).openedAt()).reversed())
                .map(a -> toSummary(a, roundsById.get(a.roundId()), names)).toList();
    }

    /** The latest fixed result of each of the clusters that has one. */
    @RequiresPermission(Permission.ASSESSMENT_VIEW)
    @Transactional(readOnly = true)
    public Map<ClusterId, AssessmentSummary> latestFixed(Collection<ClusterId> clusterIds) {
        Map<UUID, AssessmentRound> roundsById = rounds.findAll().stream()
                .collect(Collectors.toMap(AssessmentRound::id, Function.identity()));
        var names = clusterNames();
        Map<ClusterId, AssessmentSummary> latest = new HashMap<>();
        assessments.findByClusterIdInAndState(clusterIds.stream().map(ClusterId::value).toList(), AssessmentState.FIXED)
                .stream().sorted(Comparator.comparing(a -> roundsById.get(a.roundId()).openedAt()))
                .forEach(a -> latest.put(new ClusterId(a.clusterId()), toSummary(a, roundsById.get(a.roundId()), names)));
        return latest;
    }

    /**
     * System operation for the cross-region comparison (ADR 0009, ADR 0070): the computed phases of the newest fixed
     * result (the round opened last) of each of the given clusters of the task's region that has one; no names.
     */
    @Transactional(readOnly = true)
    public List<PhaseEvaluation> latestFixedEvaluations(SystemTask task, Collection<ClusterId> clusterIds) {
        SystemTask.require(task);
        Map<UUID, AssessmentRound> roundsById = rounds.findAll().stream()
                .collect(Collectors.toMap(AssessmentRound::id, Function.identity()));
        Map<UUID, Assessment> latest = new HashMap<>();
        assessments.findByClusterIdInAndState(clusterIds.stream().map(ClusterId::value).toList(), AssessmentState.FIXED)
                .stream().sorted(Comparator.comparing(a -> roundsById.get(a.roundId()).openedAt()))
                .forEach(a -> latest.put(a.clusterId(), a));
        return latest.values().stream()
                .map(a -> PhaseRules.evaluate(catalog.version(a.frameworkVersion()), a.metCriteria())).toList();
    }

    /** Whether the signed-in user may open rounds, review and fix. */
    @PreAuthorize("isAuthenticated()")
    public boolean canManage() {
        return currentUser.get().map(user -> user.can(Permission.ASSESSMENT_MANAGE)).orElse(false);
    }

    // ---- the platform's own set-up ----

    /**
     * For the platform's own set-up (demo data) in the current {@code RegionContext}: records results assessed
     * outside the portal as a fixed round, unless a round of that name exists.
     */
    @Transactional
    RoundId importFixedRoundIfMissing(SystemTask task, String name, Instant assessedAt,
                                      List<ImportedAssessment> imported) {
        SystemTask.require(task);
        var existing = rounds.findByNameIgnoreCase(name);
        if (existing.isPresent()) {
            return new RoundId(existing.get().id());
        }
        var round = open(UUID.randomUUID(), name, catalog.latestVersion(), assessedAt, SYSTEM,
                imported.stream().map(ImportedAssessment::cluster).toList());
        Map<UUID, Assessment> byCluster = assessments.findByRoundId(round.id()).stream()
                .collect(Collectors.toMap(Assessment::clusterId, Function.identity()));
        for (ImportedAssessment result : imported) {
            var assessment = byCluster.get(result.cluster().value());
            result.answers().forEach(input -> assessment.answer(input, assessedAt, SYSTEM));
            assessment.submit(Map.of(), assessedAt, SYSTEM);
            assessment.fix(assessedAt, SYSTEM);
        }
        return new RoundId(round.id());
    }

    // ---- internals ----

    private Assessment visible(AssessmentId id) {
        var assessment = assessments.findById(id.value())
                .orElseThrow(() -> new Rejection.NotFound("assessment.error.not-found"));
        if (!viewer().mayView(assessment)) {
            throw new AccessDeniedException("Only fixed results are open to this user");
        }
        return assessment;
    }

    private Assessment editable(AssessmentId id, long loadedVersion) {
        var assessment = visible(id);
        var viewer = viewer();
        switch (access(assessment, viewer)) {
            case READ_ONLY -> {
                if (assessment.state() == AssessmentState.FIXED) {
                    throw new Rejection.Invalid("assessment", "assessment.error.fixed");
                }
                throw new AccessDeniedException("This user may not change this assessment now");
            }
            case ANSWER, REVIEW -> {
                if (assessment.version() != loadedVersion) {
                    throw new Rejection.Stale("assessment.error.stale");
                }
            }
        }
        return assessment;
    }

    private AssessmentDetails save(Assessment assessment, Viewer viewer) {
        try {
            return toDetails(assessments.saveAndFlush(assessment), viewer);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new Rejection.Stale("assessment.error.stale");
        }
    }

    /**
     * Criterion codes the framework does not have, on {@code field}. The text echoes at most {@value #ECHOED} of them,
     * each cut to {@value #ECHOED_LENGTH} characters, and says how many more there were (a request cannot make the
     * answer large).
     */
    static Rejection.Invalid unknownCriteria(String field, List<String> codes) {
        String shown = String.join(", ", codes.stream().limit(ECHOED)
                .map(code -> code.length() > ECHOED_LENGTH ? code.substring(0, ECHOED_LENGTH) + "…" : code).toList());
        return codes.size() > ECHOED
                ? new Rejection.Invalid(field, "assessment.error.unknown-criteria.more", shown, codes.size() - ECHOED)
                : new Rejection.Invalid(field, "assessment.error.unknown-criteria", shown);
    }

    private static String requireComment(String item, @Nullable String comment) {
        if (comment == null || comment.isBlank()) {
            throw new Rejection.Invalid(item, "assessment.error.review-comment-required");
        }
        if (comment.length() > MAX_TEXT) {
            throw new Rejection.Invalid(item, "assessment.error.too-long");
        }
        return PlainText.lines(comment);
    }

    private static void checkTexts(String item, @Nullable String text, @Nullable String link) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new Rejection.Invalid(item, "assessment.error.too-long");
        }
        if (link != null && (link.length() > MAX_LINK || !(link.startsWith("https://") || link.startsWith("http://"))
                || link.chars().anyMatch(Character::isWhitespace))) {
            throw new Rejection.Invalid(item, "assessment.error.link");
        }
    }

    private Map<String, String> completeness(Assessment assessment) {
        var model = catalog.version(assessment.frameworkVersion());
        var criteria = assessment.responses(AnswerKind.CRITERION);
        var areas = assessment.responses(AnswerKind.AREA);
        Map<String, String> problems = new LinkedHashMap<>();
        for (Criterion criterion : model.criteria()) {
            var met = criteria.getOrDefault(criterion.code(),
                    AnswerResponse.unanswered(AnswerKind.CRITERION, criterion.code()));
            if (met.met() == null) {
                problems.put(criterion.code(), "assessment.error.unanswered");
            } else if (met.met() && met.text() == null) {
                problems.put(criterion.code(), "assessment.error.evidence-required");
            }
        }
        for (HorizontalArea area : model.areas()) {
            var answer = areas.getOrDefault(area.code(), AnswerResponse.unanswered(AnswerKind.AREA, area.code()));
            if (answer.level() == null) {
                problems.put(area.code(), "assessment.error.level-required");
            } else if (answer.text() == null || answer.detail() == null) {
                problems.put(area.code(), "assessment.error.analysis-and-activities-required");
            }
        }
        return problems;
    }

    private static Map<String, Integer> areaLevels(Assessment assessment) {
        Map<String, Integer> levels = new HashMap<>();
        assessment.responses(AnswerKind.AREA).forEach((code, answer) -> {
            if (answer.level() != null) {
                levels.put(code, answer.level());
            }
        });
        return levels;
    }

    private Map<UUID, String> clusterNames() {
        return clusters.list().stream().collect(Collectors.toMap(c -> c.id().value(), ClusterSummary::name));
    }

    private String actor() {
        return currentUser.get().map(PortalUser::username).orElse(SYSTEM);
    }

    private Viewer viewer() {
        var user = currentUser.get();
        return new Viewer(user.map(PortalUser::username).orElse(SYSTEM),
                user.map(u -> u.can(Permission.ASSESSMENT_MANAGE)).orElse(false),
                user.map(u -> u.can(Permission.ASSESSMENT_ANSWER_OWN)).orElse(false)
                        ? clusters.managedByCurrentUser().stream().map(ClusterId::value).collect(Collectors.toSet())
                        : Set.of());
    }

    /** Who looks: officers see and review everything, managers their own clusters' drafts, everyone fixed results. */
    private record Viewer(String username, boolean manages, Set<UUID> ownClusters) {

        boolean mayView(Assessment assessment) {
            return assessment.state() == AssessmentState.FIXED || manages || ownClusters.contains(assessment.clusterId());
        }

        boolean answersFor(Assessment assessment) {
            return manages || ownClusters.contains(assessment.clusterId());
        }
    }

    private static AssessmentAccess access(Assessment assessment, Viewer viewer) {
        return switch (assessment.state()) {
            case DRAFT -> viewer.answersFor(assessment) ? AssessmentAccess.ANSWER : AssessmentAccess.READ_ONLY;
            case SUBMITTED -> viewer.manages() ? AssessmentAccess.REVIEW : AssessmentAccess.READ_ONLY;
            case FIXED -> AssessmentAccess.READ_ONLY;
        };
    }

    private AssessmentDetails toDetails(Assessment assessment, Viewer viewer) {
        var round = rounds.findById(assessment.roundId()).orElseThrow();
        var summary = toSummary(assessment, round, clusterNames());
        return new AssessmentDetails(summary, catalog.version(assessment.frameworkVersion()),
                assessment.responses(AnswerKind.CRITERION), assessment.responses(AnswerKind.AREA), access(assessment, viewer),
                assessment.submittedAt(), name(assessment.submittedBy()), name(assessment.fixedBy()),
                assessment.returnNote(this::name));
    }

    private @Nullable String name(@Nullable String username) {
        return username == null ? null : directory.displayName(username);
    }

    private AssessmentSummary toSummary(Assessment assessment, AssessmentRound round, Map<UUID, String> names) {
        var evaluation = PhaseRules.evaluate(catalog.version(assessment.frameworkVersion()), assessment.metCriteria());
        return new AssessmentSummary(new AssessmentId(assessment.id()), new RoundId(round.id()), round.name(),
                new ClusterId(assessment.clusterId()), names.getOrDefault(assessment.clusterId(), "?"),
                assessment.letter(), assessment.state(), evaluation, assessment.fixedAt(), assessment.version(),
                assessment.answerCount());
    }

    private static RoundSummary toSummary(AssessmentRound round, int[] allAndFixed) {
        return new RoundSummary(new RoundId(round.id()), round.name(), round.frameworkVersion(), round.openedAt(),
                allAndFixed[0], allAndFixed[1]);
    }

    private static RoundSummary toSummary(AssessmentRound round, List<Assessment> inRound) {
        int fixed = (int) inRound.stream().filter(a -> a.state() == AssessmentState.FIXED).count();
        return new RoundSummary(new RoundId(round.id()), round.name(), round.frameworkVersion(), round.openedAt(),
                inRound.size(), fixed);
    }
}
