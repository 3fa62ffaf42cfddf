package se.klusterportalen.assessment;

import org.springframework.stereotype.Component;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.text.Collation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The phase distribution of the overview and the region report (issue #19), read lean: four statements whatever the
 * region's size (the rounds, every assessment in outline, the met criteria and area levels of each fixed result of
 * the two rounds compared aggregated to one row, the cluster names), no assessment or answer entities. The figures are those of
 * {@link AssessmentService#matrix} (same rows, phases by {@link PhaseRules}, same medians).
 */
@Component
class PhaseDistributions {

    private static final ZoneId SWEDISH_TIME = ZoneId.of("Europe/Stockholm");

    private final AssessmentRoundRepository rounds;
    private final AssessmentRepository assessments;
    private final PhaseModelCatalog catalog;
    private final ClusterService clusters;

    PhaseDistributions(AssessmentRoundRepository rounds, AssessmentRepository assessments, PhaseModelCatalog catalog,
                       ClusterService clusters) {
        this.rounds = rounds;
        this.assessments = assessments;
        this.catalog = catalog;
        this.clusters = clusters;
    }

    /** An assessment without its answers. */
    private record Outline(UUID id, UUID roundId, UUID clusterId, AssessmentState state, String letter) {

        boolean fixed() {
            return state == AssessmentState.FIXED;
        }
    }

    /** The met criteria and reached area levels of a fixed assessment. */
    private record Result(Set<String> met, Map<String, Integer> areaLevels) {
    }

    /** As {@link AssessmentService#phaseDistribution()}: the region's two newest rounds with a fixed result. */
    Optional<PhaseDistribution> newest() {
        Map<UUID, List<Outline>> byRound = outlinesByRound();
        List<AssessmentRound> fixed = rounds.findAllByOrderByOpenedAtDesc().stream()
                .filter(round -> byRound.getOrDefault(round.id(), List.of()).stream().anyMatch(Outline::fixed))
                .limit(2).toList();
        return fixed.isEmpty() ? Optional.empty() : Optional.of(distribution(fixed, byRound, cluster -> true));
    }

    /** As {@link AssessmentService#phaseDistribution(Collection, int, int)}: a programme's clusters and years. */
    Optional<PhaseDistribution> ofProgramme(Collection<ClusterId> programmeClusters, int firstYear, int lastYear) {
        Set<UUID> counted = programmeClusters.stream().map(ClusterId::value).collect(Collectors.toSet());
        Map<UUID, List<Outline>> byRound = outlinesByRound();
        List<AssessmentRound> fixed = rounds.findAllByOrderByOpenedAtDesc().stream()
                .filter(round -> byRound.getOrDefault(round.id(), List.of()).stream()
                        .anyMatch(a -> a.fixed() && counted.contains(a.clusterId())))
                .filter(round -> round.openedAt().atZone(SWEDISH_TIME).getYear() <= lastYear).limit(2).toList();
        if (fixed.isEmpty() || fixed.getFirst().openedAt().atZone(SWEDISH_TIME).getYear() < firstYear) {
            return Optional.empty();
        }
        return Optional.of(distribution(fixed, byRound, counted::contains));
    }

    private Map<UUID, List<Outline>> outlinesByRound() {
        return assessments.findOutlines().stream()
                .map(row -> new Outline((UUID) row[0], (UUID) row[1], (UUID) row[2], (AssessmentState) row[3],
                        (String) row[4]))
                .collect(Collectors.groupingBy(Outline::roundId));
    }

    private PhaseDistribution distribution(List<AssessmentRound> fixed, Map<UUID, List<Outline>> byRound,
                                           Predicate<UUID> counted) {
        Map<UUID, Set<String>> met = new HashMap<>();
        Map<UUID, Map<String, Integer>> areaLevels = new HashMap<>();
        for (Object[] row : assessments.findFixedResults(fixed.stream().map(AssessmentRound::id).toList())) {
            UUID assessment = (UUID) row[0];
            if (row[1] instanceof String codes && !codes.isEmpty()) {
                met.put(assessment, Set.copyOf(java.util.Arrays.asList(codes.split(","))));
            }
            if (row[2] instanceof String levels && !levels.isEmpty()) {
                var reached = new HashMap<String, Integer>();
                for (String level : levels.split(",")) {
                    int equals = level.lastIndexOf('=');
                    reached.put(level.substring(0, equals), Integer.parseInt(level.substring(equals + 1)));
                }
                areaLevels.put(assessment, reached);
            }
        }
        // the clusters by name in the database's Swedish collation: the rows in that order first, so the sort by
        // Collation below (the matrix page's order) finds them sorted, one comparison per row (issue #19)
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, Integer> positions = new HashMap<>();
        for (ClusterSummary cluster : clusters.list()) {
            positions.put(cluster.id().value(), positions.size());
            names.put(cluster.id().value(), cluster.name());
        }
        var matrices = new ArrayList<PortfolioMatrix>();
        for (AssessmentRound round : fixed) {
            List<Outline> inRound = byRound.getOrDefault(round.id(), List.of()).stream()
                    .filter(a -> counted.test(a.clusterId())).toList();
            var results = inRound.stream().filter(Outline::fixed).collect(Collectors.toMap(Outline::id,
                    a -> new Result(met.getOrDefault(a.id(), Set.of()), areaLevels.getOrDefault(a.id(), Map.of()))));
            matrices.add(matrix(round, inRound, results, names, positions));
        }
        return PhaseDistribution.of(matrices.getFirst(),
                matrices.size() > 1 ? Optional.of(matrices.get(1)) : Optional.empty());
    }

    /** The round's matrix as {@code AssessmentService.matrix} builds it from entities. */
    private PortfolioMatrix matrix(AssessmentRound round, List<Outline> inRound, Map<UUID, Result> results,
                                   Map<UUID, String> names, Map<UUID, Integer> positions) {
        var model = catalog.version(round.frameworkVersion());
        var rules = PhaseRules.prepared(model);
        List<MatrixRow> rows = inRound.stream().filter(Outline::fixed)
                .sorted(Comparator.comparingInt(a -> positions.getOrDefault(a.clusterId(), Integer.MAX_VALUE)))
                .map(a -> new MatrixRow(new ClusterId(a.clusterId()), names.getOrDefault(a.clusterId(), "?"),
                        a.letter(), rules.evaluate(results.get(a.id()).met()), results.get(a.id()).areaLevels()))
                .sorted(Collation.swedish(MatrixRow::clusterName)).toList();
        var medians = MatrixMedians.of(model, rows);
        int fixedCount = (int) inRound.stream().filter(Outline::fixed).count();
        var summary = new RoundSummary(new RoundId(round.id()), round.name(), round.frameworkVersion(),
                round.openedAt(), inRound.size(), fixedCount);
        return new PortfolioMatrix(summary, model, rows, medians.dimensions(), medians.overall(), medians.areas());
    }
}
