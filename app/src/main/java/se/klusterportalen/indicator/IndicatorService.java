package se.klusterportalen.indicator;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.cluster.ClusterDraft;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.RequiresPermission;
import se.klusterportalen.spreadsheet.Spreadsheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Indicators followed over time in the current region: the catalogue, the measurement rounds, the values clusters
 * and their networks reported (original text and recognised kind), the import of follow-up reports in the block
 * format (preview, then all or nothing), a cluster's indicator table and the portfolio roll-up.
 */
@Service
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final IndicatorRoundRepository rounds;
    private final ClusterNetworkRepository networks;
    private final ReportedValueRepository values;
    private final ClusterService clusters;

    IndicatorService(IndicatorRepository indicators, IndicatorRoundRepository rounds, ClusterNetworkRepository networks,
                     ReportedValueRepository values, ClusterService clusters) {
        this.indicators = indicators;
        this.rounds = rounds;
        this.networks = networks;
        this.values = values;
        this.clusters = clusters;
    }

    /** The region's catalogue in its order. */
    @RequiresPermission(Permission.INDICATOR_VIEW)
    @Transactional(readOnly = true)
    public List<IndicatorDefinition> catalogue() {
        return indicators.findAllByOrderBySortOrderAscNameSvAsc().stream().map(Indicator::toRecord).toList();
    }

    /** The region's measurement rounds, oldest first. */
    @RequiresPermission(Permission.INDICATOR_VIEW)
    @Transactional(readOnly = true)
    public List<MeasurementRound> rounds() {
        return rounds.findAllByOrderByMeasuredOnAsc().stream().map(IndicatorRound::toRecord).toList();
    }

    /**
     * What importing the file would save; saves nothing. {@code fileName} decides the format: {@code .xlsx},
     * {@code .csv}, else tab-separated text.
     */
    @RequiresPermission(Permission.INDICATOR_EDIT)
    @Transactional(readOnly = true)
    public IndicatorImportPreview preview(String fileName, byte[] content) {
        return previewOf(fileName, content);
    }

    /**
     * Saves the file, all or nothing: new indicators, rounds, clusters and networks as the preview proposed, then
     * every value (replacing a value saved before for the same cluster or network, indicator and round). A file
     * with errors saves nothing: the returned preview lists them ({@link IndicatorImportPreview#accepted()} false).
     *
     * @param targets where a network goes, by the network's name in the file, overriding the preview's choice; two
     *                networks sent to the same place with the same indicator and date are an error
     */
    @RequiresPermission(Permission.INDICATOR_EDIT)
    @Transactional
    public IndicatorImportPreview importFile(String fileName, byte[] content, Map<String, NetworkTarget> targets) {
        IndicatorImportPreview preview = withTargets(previewOf(fileName, content), targets);
        if (!preview.accepted()) {
            return preview;
        }
        try {
            new Saver().save(preview);
            values.flush();
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException concurrent) {
            throw new Rejection.Stale();
        }
        return preview;
    }

    private IndicatorImportPreview previewOf(String fileName, byte[] content) {
        var errors = new ArrayList<IndicatorImportError>();
        var lines = IndicatorFile.lines(fileName, content, errors);
        if (!errors.isEmpty()) {
            return new IndicatorImportPreview(List.of(), errors);
        }
        return IndicatorImport.preview(IndicatorFile.read(lines), known());
    }

    private IndicatorImport.Known known() {
        List<ClusterSummary> regionClusters = clusters.list();
        Map<UUID, ClusterSummary> byId = regionClusters.stream()
                .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
        var knownNetworks = networks.findAll().stream().filter(n -> byId.containsKey(n.clusterId()))
                .map(n -> new IndicatorImport.KnownNetwork(byId.get(n.clusterId()), n.name())).toList();
        return new IndicatorImport.Known(catalogue(), regionClusters, knownNetworks);
    }

    private IndicatorImportPreview withTargets(IndicatorImportPreview preview, Map<String, NetworkTarget> targets) {
        if (!preview.accepted()) {
            return preview;
        }
        var errors = new ArrayList<IndicatorImportError>();
        var changed = new ArrayList<IndicatorImportPreview.NetworkPreview>();
        for (var network : preview.networks()) {
            NetworkTarget target = targets.getOrDefault(network.name(), network.target());
            if (target.kind() != NetworkTarget.Kind.NEW_CLUSTER) {
                var cluster = target.cluster() == null ? null : clusters.find(target.cluster()).orElse(null);
                if (cluster == null) {
                    errors.add(new IndicatorImportError(network.line(), 1, network.name(),
                            "indicator.import.error.unknown-cluster"));
                    continue;
                }
                target = new NetworkTarget(target.kind(), cluster.id(), cluster.name());
            } else {
                target = NetworkTarget.newCluster(network.name());
            }
            changed.add(new IndicatorImportPreview.NetworkPreview(network.line(), network.name(), target,
                    network.dates(), network.indicators()));
        }
        if (errors.isEmpty()) {
            sameTarget(changed, errors);
        }
        return new IndicatorImportPreview(errors.isEmpty() ? changed : List.of(), errors);
    }

    /** Two networks sent to the same cluster (or network) must not report the same indicator at the same date. */
    private static void sameTarget(List<IndicatorImportPreview.NetworkPreview> networks,
                                   List<IndicatorImportError> errors) {
        var cells = new java.util.HashSet<String>();
        for (var network : networks) {
            NetworkTarget target = network.target();
            String place = switch (target.kind()) {
                case CLUSTER -> "cluster|" + target.cluster();
                case NETWORK_OF -> "network|" + target.cluster() + "|" + network.name().toLowerCase(Locale.ROOT);
                case NEW_CLUSTER -> "new|" + network.name().toLowerCase(Locale.ROOT);
            };
            for (var row : network.indicators()) {
                boolean clash = row.values().stream().anyMatch(dated ->
                        !cells.add(place + "|" + IndicatorNames.key(row.name()) + "|" + dated.date()));
                if (clash) {
                    errors.add(new IndicatorImportError(row.line(), 1, row.writtenName(),
                            "indicator.import.error.same-target"));
                }
            }
        }
    }

    /** Applies an accepted preview within the import's transaction. */
    private final class Saver {

        private final Map<String, UUID> indicatorIds = new HashMap<>();
        private final Map<LocalDate, UUID> roundIds = new HashMap<>();
        private final Map<String, ClusterId> newClusters = new HashMap<>();
        private final Map<String, UUID> networkIds = new HashMap<>();
        private int nextOrder;

        void save(IndicatorImportPreview preview) {
            List<Indicator> existing = indicators.findAll();
            existing.forEach(i -> indicatorIds.put(IndicatorNames.key(i.toRecord().nameSv()), i.id()));
            nextOrder = existing.stream().mapToInt(i -> i.toRecord().sortOrder()).max().orElse(0) + 10;
            rounds.findAll().forEach(r -> roundIds.put(r.measuredOn(), r.id()));
            networks.findAll().forEach(n -> networkIds.put(n.clusterId() + "|" + n.name().toLowerCase(Locale.ROOT), n.id()));
            createIndicators(preview);
            Map<String, ReportedValue> saved = new HashMap<>();
            for (var network : preview.networks()) {
                UUID cluster = cluster(network);
                UUID networkId = network.target().kind() == NetworkTarget.Kind.NETWORK_OF
                        ? network(cluster, network.name()) : null;
                if (!saved.containsKey("loaded|" + cluster)) {
                    values.findByClusterId(cluster).forEach(v -> saved.put(cell(v.clusterId(), v.networkId(),
                            v.indicatorId(), v.roundId()), v));
                    saved.put("loaded|" + cluster, null);
                }
                UUID firstRound = round(network.dates().getFirst());
                for (var row : network.indicators()) {
                    UUID indicator = Objects.requireNonNull(indicatorIds.get(IndicatorNames.key(row.name())));
                    for (int i = 0; i < row.values().size(); i++) {
                        var dated = row.values().get(i);
                        UUID round = round(dated.date());
                        String key = cell(cluster, networkId, indicator, round);
                        ReportedValue value = saved.get(key);
                        if (value == null) {
                            value = new ReportedValue(cluster, networkId, indicator, round);
                            saved.put(key, value);
                        }
                        boolean last = i == row.values().size() - 1 && i > 0;
                        String difference = last && row.reportedDifference() != null
                                && !row.reportedDifference().kind().equals(ValueKind.NOT_REPORTED)
                                ? row.reportedDifference().text() : null;
                        value.record(dated.value(), difference, difference == null ? null : firstRound);
                        values.save(value);
                    }
                }
            }
        }

        private void createIndicators(IndicatorImportPreview preview) {
            var proposed = new LinkedHashMap<String, IndicatorImportPreview.IndicatorRow>();
            preview.networks().forEach(n -> n.indicators().stream().filter(r -> r.indicator() == null)
                    .forEach(r -> proposed.putIfAbsent(IndicatorNames.key(r.name()), r)));
            // totals before their gender parts, so a part can point at a total of the same file
            var ordered = new ArrayList<>(proposed.values());
            ordered.sort(Comparator.comparing(r -> r.gender() != null));
            Map<String, UUID> totals = new HashMap<>(indicatorIds);
            for (var row : ordered) {
                String key = IndicatorNames.key(row.name());
                if (indicatorIds.containsKey(key)) {
                    continue;
                }
                UUID total = row.gender() == null ? null : totals.get(IndicatorNames.totalKey(row.name()));
                var indicator = indicators.save(new Indicator(row.name(), total == null ? null : row.gender(), total,
                        true, nextOrder));
                nextOrder += 10;
                indicatorIds.put(key, indicator.id());
                totals.put(key, indicator.id());
            }
        }

        private UUID round(LocalDate date) {
            return roundIds.computeIfAbsent(date, d -> rounds.save(new IndicatorRound(d, d.toString())).id());
        }

        private UUID cluster(IndicatorImportPreview.NetworkPreview network) {
            NetworkTarget target = network.target();
            if (target.kind() != NetworkTarget.Kind.NEW_CLUSTER) {
                return Objects.requireNonNull(target.cluster()).value();
            }
            return newClusters.computeIfAbsent(network.name().toLowerCase(Locale.ROOT), name -> {
                ClusterDraft draft = clusters.newDraft();
                draft.setName(network.name());
                draft.setStatus(ClusterStatus.ACTIVE);
                return clusters.create(draft);
            }).value();
        }

        private UUID network(UUID cluster, String name) {
            return networkIds.computeIfAbsent(cluster + "|" + name.toLowerCase(Locale.ROOT),
                    key -> networks.save(new ClusterNetwork(cluster, name)).id());
        }

        private static String cell(UUID cluster, @Nullable UUID network, UUID indicator, UUID round) {
            return cluster + "|" + network + "|" + indicator + "|" + round;
        }
    }

    /** The cluster's indicator table: its own values and its networks', per indicator over the rounds. */
    @RequiresPermission(Permission.INDICATOR_VIEW)
    @Transactional(readOnly = true)
    public ClusterIndicators ofCluster(ClusterId clusterId) {
        clusters.find(clusterId).orElseThrow(() -> new Rejection.NotFound("cluster.error.not-found"));
        return tableOf(clusterId, values.findByClusterId(clusterId.value()), catalogueById(), rounds(), networkNames());
    }

    /** The indicator table of every cluster of the region that has values, in the order of the cluster list. */
    @RequiresPermission(Permission.INDICATOR_VIEW)
    @Transactional(readOnly = true)
    public List<ClusterIndicators> regionTable() {
        Map<UUID, List<ReportedValue>> byCluster = values.findAll().stream()
                .collect(Collectors.groupingBy(ReportedValue::clusterId));
        var catalogue = catalogueById();
        var allRounds = rounds();
        var names = networkNames();
        return clusters.list().stream().filter(c -> byCluster.containsKey(c.id().value()))
                .map(c -> tableOf(c.id(), byCluster.get(c.id().value()), catalogue, allRounds, names)).toList();
    }

    private Map<UUID, IndicatorDefinition> catalogueById() {
        return catalogue().stream().collect(Collectors.toMap(IndicatorDefinition::id, Function.identity()));
    }

    private Map<UUID, String> networkNames() {
        return networks.findAll().stream().collect(Collectors.toMap(ClusterNetwork::id, ClusterNetwork::name));
    }

    private static ClusterIndicators tableOf(ClusterId clusterId, List<ReportedValue> reported,
                                             Map<UUID, IndicatorDefinition> catalogue, List<MeasurementRound> allRounds,
                                             Map<UUID, String> networkNames) {
        var roundIds = reported.stream().map(ReportedValue::roundId).collect(Collectors.toSet());
        List<MeasurementRound> used = allRounds.stream().filter(r -> roundIds.contains(r.id())).toList();
        record LineKey(@Nullable UUID network, UUID indicator) {
        }
        Map<LineKey, List<ReportedValue>> byLine = reported.stream()
                .collect(Collectors.groupingBy(v -> new LineKey(v.networkId(), v.indicatorId())));
        var lines = new ArrayList<ClusterIndicators.Line>();
        byLine.forEach((key, cells) -> {
            Map<UUID, ReportedValue> byRound = cells.stream()
                    .collect(Collectors.toMap(ReportedValue::roundId, Function.identity()));
            List<IndicatorValue> row = used.stream().map(r -> byRound.containsKey(r.id())
                    ? byRound.get(r.id()).toValue() : IndicatorValue.notReported()).toList();
            IndicatorValue reportedDifference = cells.stream().filter(v -> v.reportedDifference() != null)
                    .map(v -> ValueParser.parse(v.reportedDifference()).orElse(null)).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            Difference computed = row.size() < 2 ? Difference.MISSING
                    : Differences.between(row.getFirst(), row.getLast());
            lines.add(new ClusterIndicators.Line(key.network() == null ? null : networkNames.get(key.network()),
                    catalogue.get(key.indicator()), row, reportedDifference, computed,
                    reportedDifference != null && Differences.mismatch(reportedDifference, computed)));
        });
        lines.sort(Comparator.comparing((ClusterIndicators.Line l) -> l.network() == null ? "" : l.network())
                .thenComparing(l -> l.indicator().sortOrder()));
        return new ClusterIndicators(clusterId, used, lines);
    }

    /** Every indicator of the catalogue over the rounds, summed across the region's clusters and networks. */
    @RequiresPermission(Permission.INDICATOR_VIEW)
    @Transactional(readOnly = true)
    public List<IndicatorRollup> rollup() {
        List<MeasurementRound> allRounds = rounds();
        Map<UUID, Map<UUID, List<IndicatorValue>>> byIndicatorAndRound = new HashMap<>();
        values.findAll().forEach(v -> byIndicatorAndRound.computeIfAbsent(v.indicatorId(), k -> new HashMap<>())
                .computeIfAbsent(v.roundId(), k -> new ArrayList<>()).add(v.toValue()));
        return catalogue().stream().filter(i -> byIndicatorAndRound.containsKey(i.id()))
                .map(indicator -> new IndicatorRollup(indicator, allRounds.stream()
                        .map(round -> total(indicator, round,
                                byIndicatorAndRound.get(indicator.id()).getOrDefault(round.id(), List.of())))
                        .toList()))
                .toList();
    }

    static IndicatorRollup.RoundTotal total(IndicatorDefinition indicator, MeasurementRound round,
                                            List<IndicatorValue> reported) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        int summed = 0;
        int ranges = 0;
        int notSummable = 0;
        int missing = 0;
        for (IndicatorValue value : reported) {
            if (value.kind().missing()) {
                missing++;
            } else if (!indicator.summable()) {
                notSummable++;
            } else if (value.kind().summable()) {
                sum = sum.add(Objects.requireNonNull(value.value()));
                summed++;
            } else if (value.kind() == ValueKind.RANGE) {
                low = low.add(Objects.requireNonNull(value.low()));
                high = high.add(Objects.requireNonNull(value.high()));
                ranges++;
            } else {
                notSummable++;
            }
        }
        return new IndicatorRollup.RoundTotal(round, sum, summed, low, high, ranges, notSummable, missing);
    }

    /** The indicator table as an .xlsx workbook (the UI gives headers and rows in the user's language). */
    @RequiresPermission(Permission.INDICATOR_VIEW)
    public byte[] exportSpreadsheet(String sheetName, List<String> headers, List<List<String>> rows) {
        return Spreadsheets.write(sheetName, headers, rows);
    }
}
