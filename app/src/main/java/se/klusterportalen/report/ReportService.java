package se.klusterportalen.report;

import org.springframework.stereotype.Service;
import se.klusterportalen.audit.AuditHistoryService;
import se.klusterportalen.audit.RegionDataCache;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.assessment.AssessmentState;
import se.klusterportalen.assessment.AssessmentSummary;
import se.klusterportalen.assessment.PhaseDistribution;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterProfile;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.funding.ClusterFundingPlan;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.funding.ProgrammeFunding;
import se.klusterportalen.label.LabelRecord;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.region.RegionSummary;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.security.RequiresPermission;
import se.klusterportalen.tenancy.RegionContext;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * PDF reports of the caller's region (A4, Swedish or English, region, date and page numbers on every page):
 * <ul>
 * <li>{@link #regionPdf}: overview figures, goals (naming the clusters that fall short), the portfolio table,
 * funding per year with the partly reported years marked ({@link ProgrammeFunding.Reporting}), the newest fixed
 * round's phase matrix with medians, labels ending within 90 days and milestones done / overdue;</li>
 * <li>{@link #clusterPdf}: one page per cluster: profile, phase with its explanation, label and validity, funding
 * trend, milestones.</li>
 * </ul>
 * Sections whose data the caller may not read are left out. Another region's ids are {@link Rejection.NotFound}.
 * A region report asked for again while the region's audited data, the date, the language, the programme and the
 * caller's permissions are the same is served from {@link RegionReportCache} (not inside a caller's transaction).
 */
@Service
public class ReportService {

    static final int EXPIRING_DAYS = 90;

    private final RegionService regions;
    private final ClusterService clusters;
    private final ProgrammeService programmes;
    private final FundingService funding;
    private final AssessmentService assessments;
    private final LabelService labels;
    private final CurrentUser currentUser;
    private final AuditHistoryService audit;
    private final RegionReportCache cache;
    private final Clock clock;

    ReportService(RegionService regions, ClusterService clusters, ProgrammeService programmes, FundingService funding,
                  AssessmentService assessments, LabelService labels, CurrentUser currentUser,
                  AuditHistoryService audit, RegionReportCache cache, Clock clock) {
        this.regions = regions;
        this.clusters = clusters;
        this.programmes = programmes;
        this.funding = funding;
        this.assessments = assessments;
        this.labels = labels;
        this.currentUser = currentUser;
        this.audit = audit;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * The region report as PDF bytes.
     *
     * @param programme the programme to report on; empty: the newest. Another region's programme is NotFound
     * @param language  Swedish unless its language is English
     */
    @RequiresPermission(Permission.OVERVIEW_VIEW)
    public byte[] regionPdf(Optional<ProgrammeId> programme, Locale language) {
        var texts = new ReportTexts(language);
        Supplier<byte[]> render = () -> PdfRenderer.render(ReportHtml.region(regionReport(programme), texts));
        Optional<String> region = RegionDataCache.cacheableRegion();
        if (region.isEmpty()) {
            // inside a caller's transaction its own changes may be visible without an audit revision yet
            return render.get();
        }
        var key = new RegionReportCache.Key(region.get(), regionName(), audit.dataVersion(RegionReportCache.KINDS), LocalDate.now(clock),
                texts.language(), programme, currentUser.get().map(PortalUser::permissions).orElse(Set.of()));
        return cache.get(key, render);
    }

    /** The one-page report of a cluster of the caller's region as PDF bytes; another region's cluster is NotFound. */
    @RequiresPermission(Permission.CLUSTER_VIEW)
    public byte[] clusterPdf(ClusterId cluster, Locale language) {
        return PdfRenderer.render(ReportHtml.cluster(clusterReport(cluster), new ReportTexts(language)));
    }

    /**
     * Everything of the region as one .xlsx workbook: portfolio, members, funding (per cluster, stream and year, and
     * per year with how many clusters reported), phase matrix, labels, goals, milestones; whole numbers are number
     * cells; headers in Swedish unless English is asked for.
     */
    @RequiresPermission(Permission.OVERVIEW_VIEW)
    public byte[] workbook(Optional<ProgrammeId> programme, Locale language) {
        RegionReport report = regionReport(programme);
        // the region's profiles and label histories in a few queries, not some per cluster
        Map<ClusterId, ClusterProfile> profiles = new java.util.HashMap<>();
        clusters.profiles().forEach(profile -> profiles.put(profile.id(), profile));
        Map<ClusterId, List<LabelRecord>> history = new java.util.HashMap<>();
        if (can(Permission.LABEL_VIEW)) {
            var ids = report.portfolio().stream().map(row -> row.cluster().id()).toList();
            var found = labels.histories(ids);
            ids.forEach(id -> history.put(id, found.getOrDefault(id, List.of())));
        }
        return ReportWorkbook.write(report, profiles, history, new ReportTexts(language));
    }

    RegionReport regionReport(Optional<ProgrammeId> programmeId) {
        LocalDate today = LocalDate.now(clock);
        List<ProgrammeSummary> all = can(Permission.PROGRAMME_VIEW) ? programmes.list() : List.of();
        Optional<ProgrammeSummary> programme = programmeId.isPresent()
                ? Optional.of(all.stream().filter(p -> p.id().equals(programmeId.get())).findFirst()
                        .orElseThrow(() -> new Rejection.NotFound()))
                : all.stream().findFirst();
        var collator = Collator.getInstance(Locale.of("sv", "SE"));
        collator.setStrength(Collator.SECONDARY);
        List<ClusterSummary> portfolio = clusters.list().stream()
                .sorted(Comparator.comparing(ClusterSummary::name, collator)).toList();
        var ids = portfolio.stream().map(ClusterSummary::id).toList();
        Map<ClusterId, Integer> members = new java.util.HashMap<>();
        clusters.portfolioFacts().forEach(f -> f.latestMemberCount().ifPresent(count -> members.put(f.id(), count)));
        Map<ClusterId, LabelRecord> current = can(Permission.LABEL_VIEW) ? labels.currentLabels(ids) : Map.of();
        Map<ClusterId, AssessmentSummary> phases = can(Permission.ASSESSMENT_VIEW) ? assessments.latestFixed(ids)
                : Map.of();
        var rows = portfolio.stream().map(c -> new RegionReport.Row(c, Optional.ofNullable(members.get(c.id())),
                Optional.ofNullable(current.get(c.id())),
                Optional.ofNullable(phases.get(c.id())).map(a -> a.evaluation().overall()))).toList();
        var expiring = rows.stream().filter(r -> r.label().filter(l -> !l.validUntil().isBefore(today)
                        && !l.validUntil().isAfter(today.plusDays(EXPIRING_DAYS))).isPresent())
                .map(r -> new RegionReport.Expiring(r.cluster().name(), r.label().orElseThrow()))
                .sorted(Comparator.comparing(e -> e.label().validUntil())).toList();
        // the programme's clusters in its newest fixed round within its years, as on the overview
        Optional<PhaseDistribution> phaseDistribution = !can(Permission.ASSESSMENT_VIEW) ? Optional.empty()
                : programme.isPresent() ? assessments.phaseDistribution(programme.get().clusters(),
                        programme.get().startYear(), programme.get().endYear())
                : assessments.phaseDistribution();
        return new RegionReport(regionName(), today, programme, rows,
                programme.map(p -> programmes.goals(p.id())).orElse(List.of()),
                programme.filter(p -> can(Permission.FUNDING_VIEW)).map(p -> funding.programmeFunding(p.id())),
                programme.map(p -> programmes.milestones(p.id())).orElse(List.of()), phaseDistribution, expiring);
    }

    ClusterReport clusterReport(ClusterId id) {
        ClusterProfile profile = clusters.profile(id).orElseThrow(() -> new Rejection.NotFound("cluster.error.not-found"));
        Optional<AssessmentSummary> phase = can(Permission.ASSESSMENT_VIEW) ? assessments.history(id).stream()
                .filter(a -> a.state() == AssessmentState.FIXED).findFirst() : Optional.empty();
        Optional<ClusterFundingPlan> plan = can(Permission.FUNDING_VIEW)
                ? funding.programmesOf(id).stream().findFirst().map(p -> funding.clusterPlan(p.id(), id))
                : Optional.empty();
        return new ClusterReport(regionName(), LocalDate.now(clock), profile, phase,
                phase.map(a -> assessments.phaseModel(a.evaluation().frameworkVersion())),
                labels.clusterLabels(id), plan,
                can(Permission.PROGRAMME_VIEW) ? programmes.clusterMilestones(id) : List.of());
    }

    private String regionName() {
        return RegionContext.current().flatMap(regions::find).map(RegionSummary::name).orElse("");
    }

    private boolean can(String permission) {
        return currentUser.get().filter(user -> user.can(permission)).isPresent();
    }
}
