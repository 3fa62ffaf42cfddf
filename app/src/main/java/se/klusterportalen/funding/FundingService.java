package se.klusterportalen.funding;

import se.klusterportalen.audit.AuditHistoryService;
import se.klusterportalen.audit.Change;

import se.klusterportalen.tenancy.SystemTask;
import se.klusterportalen.text.PlainText;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.text.Collation;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.security.RequiresPermission;

import java.time.Clock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Funding plans of the current region's clusters per programme, the region's streams and the envelopes. */
@Service
public class FundingService {

    static final int MAX_NAME_LENGTH = 200;

    private final FundingStreamRepository streams;
    private final FundingPlanRepository plans;
    private final FundingEnvelopeRepository envelopes;
    private final StandardStreams standardStreams;
    private final ProgrammeService programmes;
    private final ClusterService clusters;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditHistoryService audit;
    private final ProgrammeSums sums;
    private final FundingFigures figures;

    FundingService(FundingStreamRepository streams, FundingPlanRepository plans, FundingEnvelopeRepository envelopes,
                   StandardStreams standardStreams, ProgrammeService programmes, ClusterService clusters,
                   CurrentUser currentUser, Clock clock, AuditHistoryService audit, ProgrammeSums sums,
                   FundingFigures figures) {
        this.figures = figures;
        this.audit = audit;
        this.sums = sums;
        this.streams = streams;
        this.plans = plans;
        this.envelopes = envelopes;
        this.standardStreams = standardStreams;
        this.programmes = programmes;
        this.clusters = clusters;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RequiresPermission(Permission.FUNDING_VIEW)
    @Transactional(readOnly = true)
    public List<FundingStreamSummary> streams() {
        standardStreams.ensurePresent();
        return streamList();
    }

    /**
     * Adds a funding stream to the region, after the existing ones. Refused with {@link Rejection.Invalid} on
     * {@code name} (empty, over {@value #MAX_NAME_LENGTH} characters, or taken) or {@code kind} (missing).
     */
    @RequiresPermission(Permission.FUNDING_EDIT)
    @Transactional
    public FundingStreamSummary addStream(String name, StreamKind kind, boolean base) {
        standardStreams.ensurePresent();
        name = PlainText.line(name);
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new Rejection.Invalid("name", "funding.stream.name.invalid");
        }
        if (kind == null) {
            throw new Rejection.Invalid("kind", "funding.stream.kind.missing");
        }
        if (streams.existsByNameIgnoreCase(name.strip())) {
            throw new Rejection.Invalid("name", "funding.stream.name.taken");
        }
        int order = streams.findAll().stream().mapToInt(FundingStream::sortOrder).max().orElse(0) + 10;
        return streams.save(new FundingStream(null, name.strip(), kind, base, order)).toSummary();
    }

    /** The programmes of the region that include the cluster, newest first. */
    @RequiresPermission(Permission.FUNDING_VIEW)
    @Transactional(readOnly = true)
    public List<ProgrammeSummary> programmesOf(ClusterId cluster) {
        return programmes.list().stream().filter(programme -> programme.clusters().contains(cluster)).toList();
    }

    @RequiresPermission(Permission.FUNDING_VIEW)
    @Transactional(readOnly = true)
    public ClusterFundingPlan clusterPlan(ProgrammeId programmeId, ClusterId clusterId) {
        standardStreams.ensurePresent();
        ProgrammeSummary programme = programme(programmeId);
        ClusterSummary cluster = clusterIn(programme, clusterId);
        return toPlan(programme, cluster, streamList(),
                plans.findByProgrammeIdAndClusterId(programmeId.value(), clusterId.value()));
    }

    /**
     * Saves the whole plan: {@code amounts} replace the saved ones (missing cells become 0). Refused with
     * {@link Rejection.Stale} ({@code funding.conflict.plan}) when the plan is no longer at {@code loadedVersion},
     * {@link Rejection.Invalid} for a stream the region does not have, a year outside the programme or a cell given
     * twice, {@link Rejection.NotFound} for a programme not in the region or a cluster not in the programme.
     */
    @RequiresPermission(Permission.FUNDING_EDIT)
    @Transactional
    public ClusterFundingPlan savePlan(ProgrammeId programmeId, ClusterId clusterId, long loadedVersion,
                                       Collection<FundingAmountValue> amounts, Optional<TaperingPlan> tapering) {
        standardStreams.ensurePresent();
        ProgrammeSummary programme = programme(programmeId);
        ClusterSummary cluster = clusterIn(programme, clusterId);
        List<FundingStreamSummary> streamList = streamList();
        Map<StreamYear, FundingAmountValue> cells = validCells(programme, streamList, amounts);
        tapering.ifPresent(plan -> requireWithin(programme, plan));

        FundingPlan plan = changed(plans.findByProgrammeIdAndClusterId(programmeId.value(), clusterId.value())
                .orElseGet(() -> new FundingPlan(programmeId, clusterId)), loadedVersion, cells, tapering);
        try {
            plan = plans.saveAndFlush(plan);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException concurrentSave) {
            throw new Rejection.Stale("funding.conflict.plan");
        }
        return toPlan(programme, cluster, streamList, Optional.of(plan));
    }

    /** The plan with new amounts and tapering, refused when it is no longer at {@code loadedVersion}. */
    private FundingPlan changed(FundingPlan plan, long loadedVersion, Map<StreamYear, FundingAmountValue> cells,
                                Optional<TaperingPlan> tapering) {
        long current = plan.changedAt() == null ? ClusterFundingPlan.UNSAVED : plan.version();
        if (current != loadedVersion) {
            throw new Rejection.Stale("funding.conflict.plan");
        }
        plan.replaceAmounts(cells);
        plan.taper(tapering);
        plan.changed(currentUser.get().map(PortalUser::username).orElse("system"), clock.instant());
        return plan;
    }

    /**
     * Saves a tapering plan with the yearly base funding the officer settled on (the generator's proposal,
     * possibly adjusted); the other streams and all reported amounts stay as they are.
     */
    @RequiresPermission(Permission.FUNDING_EDIT)
    @Transactional
    public ClusterFundingPlan saveTapering(ProgrammeId programmeId, ClusterId clusterId, long loadedVersion,
                                           TaperingPlan tapering, SortedMap<Integer, Long> baseAmounts) {
        ClusterFundingPlan loaded = clusterPlan(programmeId, clusterId);
        FundingStreamId base = loaded.baseStream().orElseThrow().id();
        if (!baseAmounts.keySet().equals(Set.copyOf(tapering.years()))) {
            throw new Rejection.Invalid("baseAmounts", "funding.tapering.years-mismatch");
        }
        Map<StreamYear, FundingAmountValue> cells = new LinkedHashMap<>();
        loaded.amounts().forEach(amount -> cells.put(amount.cell(), amount));
        baseAmounts.forEach((year, planned) -> cells.put(new StreamYear(base, year), new FundingAmountValue(base, year,
                Objects.requireNonNull(planned), loaded.actual(base, year))));
        return savePlan(programmeId, clusterId, loadedVersion, cells.values(), Optional.of(tapering));
    }

    @RequiresPermission(Permission.FUNDING_VIEW)
    @Transactional(readOnly = true)
    public ProgrammeFunding programmeFunding(ProgrammeId programmeId) {
        return load(programmeId).funding();
    }

    /**
     * A programme's funding as sums per stream and year, reporting counts per year and envelopes, summed in the
     * database: the same figures as {@link #programmeFunding(ProgrammeId)} without loading any plan (issue #19).
     * Kept per region and data version ({@link FundingFigures}): asked again while the region's data is unchanged,
     * only the version is read.
     *
     * @throws Rejection.NotFound {@code programme.not-found} for a programme the region does not have
     */
    @RequiresPermission(Permission.FUNDING_VIEW)
    public ProgrammeTotals programmeTotals(ProgrammeId programmeId) {
        return figures.totals(programmeId, () -> {
            standardStreams.ensurePresent();
            return totals(programme(programmeId));
        });
    }

    private ProgrammeTotals totals(ProgrammeSummary programme) {
        ProgrammeSums.Sums summed = sums.sums(programme.id());
        return new ProgrammeTotals(programme.id(), programme.name(), programme.years(), streamList(),
                programme.clusters().size(), summed.planned(), summed.actual(), summed.reporting(),
                envelopeMap(programme.id()));
    }

    /**
     * One page of the programme's clusters' plans, by cluster name (Swedish collation, then id), as
     * {@link ProgrammeFunding#clusters()} lists them: {@code offset} clusters skipped, at most {@code limit}; a
     * cluster without a saved plan has an empty one. One query for the page's clusters, one for their plans with
     * their amounts, whatever the page's size. Kept per region and data version as {@link #programmeTotals}.
     *
     * @throws Rejection.NotFound {@code programme.not-found} for a programme the region does not have
     */
    @RequiresPermission(Permission.FUNDING_VIEW)
    public List<ClusterFundingPlan> clusterPlans(ProgrammeId programmeId, long offset, int limit) {
        return figures.page(programmeId, offset, limit, () -> readClusterPlans(programmeId, offset, limit));
    }

    private List<ClusterFundingPlan> readClusterPlans(ProgrammeId programmeId, long offset, int limit) {
        standardStreams.ensurePresent();
        ProgrammeSummary programme = programme(programmeId);
        List<ProgrammeSums.NamedCluster> page = sums.clusters(programmeId, offset, limit);
        if (page.isEmpty()) {
            return List.of();
        }
        List<FundingStreamSummary> streamList = streamList();
        Map<UUID, FundingPlan> saved = plans.findByProgrammeIdAndClusterIdIn(programmeId.value(),
                        page.stream().map(cluster -> cluster.id().value()).toList()).stream()
                .collect(Collectors.toMap(FundingPlan::clusterId, Function.identity()));
        return page.stream().map(cluster -> toPlan(programme, cluster.id(), cluster.name(), streamList,
                Optional.ofNullable(saved.get(cluster.id().value())))).toList();
    }

    /**
     * The audit history of a programme's funding, newest first: every cluster's plan ({@code PLAN}: its tapering
     * plan; labelled by the cluster's name), its amounts ({@code AMOUNT}: {@code planned} and {@code actual} whole
     * kronor; labelled "cluster · stream year") and the programme's envelopes ({@code ENVELOPE}: {@code amount} whole
     * kronor; labelled "stream year").
     *
     * @throws Rejection.NotFound {@code programme.not-found} for a programme the region does not have
     */
    @RequiresPermission(Permission.FUNDING_VIEW)
    @Transactional(readOnly = true)
    public List<Change> history(ProgrammeId programmeId) {
        programme(programmeId);
        Map<UUID, String> clusterNames = clusters.list().stream()
                .collect(Collectors.toMap(c -> c.id().value(), ClusterSummary::name));
        Map<UUID, String> streamNames = streamList().stream()
                .collect(Collectors.toMap(s -> s.id().value(), FundingStreamSummary::name));
        Function<Object, String> cluster = id -> clusterNames.getOrDefault(id, String.valueOf(id));
        Function<Map<String, Object>, String> streamYear = state ->
                streamNames.getOrDefault(state.get("streamId"), String.valueOf(state.get("streamId"))) + " "
                        + state.get("year");
        var changes = new ArrayList<Change>();
        var planRevisions = audit.historyWhere(FundingPlan.class, "programmeId", programmeId.value());
        changes.addAll(audit.changes(planRevisions, "PLAN", state -> cluster.apply(state.get("clusterId")),
                Set.of("programmeId", "clusterId", "changedAt", "changedBy")));
        var planClusters = new java.util.LinkedHashMap<Object, Object>();
        planRevisions.forEach(revision -> planClusters.put(revision.entityId(), revision.state().get("clusterId")));
        planClusters.forEach((plan, planCluster) -> changes.addAll(audit.changes(
                audit.historyOfRelated(FundingAmount.class, "plan", plan), "AMOUNT",
                state -> cluster.apply(planCluster) + " \u00b7 " + streamYear.apply(state), Set.of("streamId", "year"))));
        changes.addAll(audit.changes(audit.historyWhere(FundingEnvelope.class, "programmeId", programmeId.value()),
                "ENVELOPE", streamYear, Set.of("programmeId", "streamId", "year")));
        return Change.newestFirst(changes);
    }

    /** What a programme's funding is read from, loaded once: its saved plan entities stay managed for a save. */
    private record Loaded(ProgrammeSummary programme, List<FundingStreamSummary> streams,
                          Map<UUID, FundingPlan> saved, List<ClusterSummary> regionClusters, ProgrammeFunding funding) {
    }

    private Loaded load(ProgrammeId programmeId) {
        standardStreams.ensurePresent();
        ProgrammeSummary programme = programme(programmeId);
        List<FundingStreamSummary> streamList = streamList();
        Map<UUID, FundingPlan> saved = plans.findByProgrammeId(programmeId.value()).stream()
                .collect(Collectors.toMap(FundingPlan::clusterId, Function.identity()));
        List<ClusterSummary> regionClusters = clusters.list();
        List<ClusterFundingPlan> clusterPlans = regionClusters.stream()
                .filter(cluster -> programme.clusters().contains(cluster.id()))
                .sorted(Collation.swedish(ClusterSummary::name))
                .map(cluster -> toPlan(programme, cluster, streamList, Optional.ofNullable(saved.get(cluster.id().value()))))
                .toList();
        return new Loaded(programme, streamList, saved, regionClusters, new ProgrammeFunding(programmeId,
                programme.name(), programme.years(), streamList, clusterPlans, envelopeMap(programmeId)));
    }

    /**
     * Saves the envelopes the officer changed. {@code loaded} is what they saw, {@code edited} what they want
     * (a missing cell: no envelope); a cell someone else changed in between refuses the whole save
     * ({@link Rejection.Stale}, {@code funding.conflict.envelopes}). {@link Rejection.Invalid} for an unknown
     * stream, a year outside the programme or a negative amount.
     */
    @RequiresPermission(Permission.FUNDING_EDIT)
    @Transactional
    public ProgrammeFunding saveEnvelopes(ProgrammeId programmeId, Map<StreamYear, Long> loaded,
                                          Map<StreamYear, Long> edited) {
        storeEnvelopes(programme(programmeId), loaded, edited);
        return programmeFunding(programmeId);
    }

    /**
     * The same as {@link #saveEnvelopes}, answering with the programme's sums ({@link #programmeTotals}) instead of
     * every plan: for the programme's funding page.
     */
    @RequiresPermission(Permission.FUNDING_EDIT)
    @Transactional
    public ProgrammeTotals saveEnvelopeTotals(ProgrammeId programmeId, Map<StreamYear, Long> loaded,
                                              Map<StreamYear, Long> edited) {
        ProgrammeSummary programme = programme(programmeId);
        storeEnvelopes(programme, loaded, edited);
        return totals(programme);
    }

    private void storeEnvelopes(ProgrammeSummary programme, Map<StreamYear, Long> loaded,
                                Map<StreamYear, Long> edited) {
        ProgrammeId programmeId = programme.id();
        Set<FundingStreamId> known = streamList().stream().map(FundingStreamSummary::id).collect(Collectors.toSet());
        edited.forEach((cell, amount) -> {
            if (!known.contains(cell.stream())) {
                throw new Rejection.Invalid("stream", "funding.stream.unknown");
            }
            if (!programme.years().contains(cell.year())) {
                throw new Rejection.Invalid("year", "funding.year.outside-programme");
            }
            if (amount == null || amount < 0) {
                throw new Rejection.Invalid("amount", "funding.amount.negative");
            }
        });
        Map<StreamYear, FundingEnvelope> current = envelopes.findByProgrammeId(programmeId.value()).stream()
                .collect(Collectors.toMap(FundingEnvelope::cell, Function.identity()));
        var changedCells = new java.util.HashSet<StreamYear>(edited.keySet());
        changedCells.addAll(loaded.keySet());
        changedCells.removeIf(cell -> Objects.equals(loaded.get(cell), edited.get(cell)));
        for (StreamYear cell : changedCells) {
            FundingEnvelope envelope = current.get(cell);
            Long now = envelope == null ? null : envelope.amount();
            if (!Objects.equals(now, loaded.get(cell))) {
                throw new Rejection.Stale("funding.conflict.envelopes");
            }
            Long wanted = edited.get(cell);
            if (wanted == null) {
                envelopes.delete(envelope);
            } else if (envelope == null) {
                envelopes.save(new FundingEnvelope(programmeId, cell, wanted));
            } else {
                envelope.setAmount(wanted);
            }
        }
        try {
            envelopes.flush();
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException concurrentSave) {
            throw new Rejection.Stale("funding.conflict.envelopes");
        }
    }

    // ---- import of planned and actual amounts ----------------------------------------------------------------

    /** Reads an uploaded .xlsx or .csv file of amounts and says what importing it would change, or what is wrong. */
    @RequiresPermission(Permission.FUNDING_EDIT)
    @Transactional(readOnly = true)
    public FundingImportResult previewImport(ProgrammeId programmeId, String fileName, byte[] content) {
        return planImport(load(programmeId), fileName, content).result();
    }

    /**
     * Imports the file: everything or, if any row has an error, nothing: then the result is not
     * {@link FundingImportResult#accepted() accepted} and lists the errors with row and column.
     * {@code previewed} is the preview the user confirmed: a plan saved by someone else since then refuses the
     * whole import ({@link Rejection.Stale}, {@code funding.conflict.plan}).
     */
    @RequiresPermission(Permission.FUNDING_EDIT)
    @Transactional
    public FundingImportResult applyImport(ProgrammeId programmeId, String fileName, byte[] content,
                                           FundingImportResult previewed) {
        Loaded loaded = load(programmeId);
        FundingImport.Plan plan = planImport(loaded, fileName, content);
        if (!plan.result().accepted()) {
            return plan.result();
        }
        var changedPlans = new ArrayList<FundingPlan>();
        plan.amounts().forEach((cluster, amounts) -> {
            long seen = previewed.planVersions().getOrDefault(cluster, ClusterFundingPlan.UNSAVED);
            FundingPlan stored = loaded.saved().get(cluster.value());
            FundingPlan target = stored == null ? new FundingPlan(programmeId, cluster) : stored;
            changedPlans.add(changed(target, seen, validCells(loaded.programme(), loaded.streams(), amounts),
                    target.tapering()));
        });
        try {
            plans.saveAllAndFlush(changedPlans);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException concurrentSave) {
            throw new Rejection.Stale("funding.conflict.plan");
        }
        return plan.result();
    }

    /** An .xlsx file to fill in: every cluster, stream and year of the programme with the amounts saved now. */
    @RequiresPermission(Permission.FUNDING_EDIT)
    @Transactional(readOnly = true)
    public byte[] importTemplate(ProgrammeId programmeId) {
        Loaded loaded = load(programmeId);
        return FundingImport.template(loaded.programme(), loaded.streams(), loaded.funding().clusters());
    }

    private static FundingImport.Plan planImport(Loaded loaded, String fileName, byte[] content) {
        Map<ClusterId, ClusterFundingPlan> plansByCluster = loaded.funding().clusters().stream()
                .collect(Collectors.toMap(ClusterFundingPlan::cluster, Function.identity()));
        return FundingImport.plan(loaded.programme(), loaded.regionClusters(), loaded.streams(), plansByCluster,
                fileName, content);
    }

    private Map<StreamYear, Long> envelopeMap(ProgrammeId programmeId) {
        Map<StreamYear, Long> map = new HashMap<>();
        envelopes.findByProgrammeId(programmeId.value()).forEach(envelope -> map.put(envelope.cell(), envelope.amount()));
        return map;
    }

    /**
     * System operation for the cross-region comparison (ADR 0009, ADR 0070): per given cluster of the task's region
     * with planned money, the region's share in percent (one decimal, {@link FundingMix#regionalShare()}) of all funding
     * planned for it over every programme; clusters with nothing planned are left out. No names, no ids.
     */
    @Transactional(readOnly = true)
    public List<BigDecimal> plannedRegionalShares(SystemTask task, Collection<ClusterId> clusterIds) {
        SystemTask.require(task);
        Set<UUID> wanted = clusterIds.stream().map(ClusterId::value).collect(Collectors.toSet());
        Map<FundingStreamId, FundingStreamSummary> byId = streamList().stream()
                .collect(Collectors.toMap(FundingStreamSummary::id, Function.identity()));
        Map<UUID, FundingMix> perCluster = new HashMap<>();
        for (FundingPlan plan : plans.findAll()) {
            if (!wanted.contains(plan.clusterId())) {
                continue;
            }
            for (FundingAmountValue amount : plan.amountValues()) {
                FundingStreamSummary stream = byId.get(amount.stream());
                if (stream != null) {
                    perCluster.merge(plan.clusterId(), FundingMix.of(stream, amount.planned()), FundingMix::plus);
                }
            }
        }
        return perCluster.values().stream().map(FundingMix::regionalShare).flatMap(Optional::stream).toList();
    }

    private List<FundingStreamSummary> streamList() {
        return streams.findAllByOrderBySortOrderAscNameAsc().stream().map(FundingStream::toSummary).toList();
    }

    private ProgrammeSummary programme(ProgrammeId id) {
        return programmes.find(id).orElseThrow(() -> new Rejection.NotFound("programme.not-found"));
    }

    private ClusterSummary clusterIn(ProgrammeSummary programme, ClusterId id) {
        if (!programme.clusters().contains(id)) {
            throw new Rejection.NotFound("funding.cluster.not-in-programme");
        }
        return clusters.find(id).orElseThrow(() -> new Rejection.NotFound("funding.cluster.not-in-programme"));
    }

    private static Map<StreamYear, FundingAmountValue> validCells(ProgrammeSummary programme,
                                                                  List<FundingStreamSummary> streamList,
                                                                  Collection<FundingAmountValue> amounts) {
        Set<FundingStreamId> known = streamList.stream().map(FundingStreamSummary::id).collect(Collectors.toSet());
        Map<StreamYear, FundingAmountValue> cells = new LinkedHashMap<>();
        for (FundingAmountValue amount : amounts) {
            if (!known.contains(amount.stream())) {
                throw new Rejection.Invalid("stream", "funding.stream.unknown");
            }
            if (!programme.years().contains(amount.year())) {
                throw new Rejection.Invalid("year", "funding.year.outside-programme");
            }
            if (cells.put(amount.cell(), amount) != null) {
                throw new Rejection.Invalid("amounts", "funding.amount.duplicate");
            }
        }
        return cells;
    }

    private static void requireWithin(ProgrammeSummary programme, TaperingPlan plan) {
        if (plan.startYear() < programme.startYear() || plan.endYear() > programme.endYear()) {
            throw new Rejection.Invalid("tapering", "funding.tapering.outside-programme");
        }
    }

    private static ClusterFundingPlan toPlan(ProgrammeSummary programme, ClusterSummary cluster,
                                             List<FundingStreamSummary> streamList, Optional<FundingPlan> saved) {
        return toPlan(programme, cluster.id(), cluster.name(), streamList, saved);
    }

    private static ClusterFundingPlan toPlan(ProgrammeSummary programme, ClusterId clusterId, String clusterName,
                                             List<FundingStreamSummary> streamList, Optional<FundingPlan> saved) {
        return new ClusterFundingPlan(programme.id(), programme.name(), clusterId, clusterName,
                programme.years(), streamList,
                saved.map(FundingPlan::amountValues).orElse(List.of()),
                saved.flatMap(FundingPlan::tapering),
                saved.map(FundingPlan::version).orElse(ClusterFundingPlan.UNSAVED),
                saved.map(FundingPlan::changedBy), saved.map(FundingPlan::changedAt));
    }
}
