package se.klusterportalen.indicator;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.cluster.ClusterSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Matches a read indicator file to the region: each network to an existing cluster (same name), a network already
 * known under a cluster, or a new cluster; each indicator to the catalogue (by cleaned name, Swedish or English) or
 * proposed as new. Pure: the service loads the region's data and saves the preview's result.
 */
final class IndicatorImport {

    /** What the region has that a file is matched against. */
    record Known(List<IndicatorDefinition> catalogue, List<ClusterSummary> clusters, List<KnownNetwork> networks) {
    }

    record KnownNetwork(ClusterSummary cluster, String name) {
    }

    private IndicatorImport() {
    }

    static IndicatorImportPreview preview(IndicatorFile.Parsed parsed, Known known) {
        if (!parsed.errors().isEmpty()) {
            return new IndicatorImportPreview(List.of(), parsed.errors());
        }
        var errors = new ArrayList<IndicatorImportError>();
        Map<String, IndicatorDefinition> catalogue = new HashMap<>();
        known.catalogue().forEach(indicator -> {
            if (indicator.nameEn() != null) {
                catalogue.putIfAbsent(IndicatorNames.key(indicator.nameEn()), indicator);
            }
        });
        known.catalogue().forEach(indicator -> catalogue.put(IndicatorNames.key(indicator.nameSv()), indicator));
        var networks = new ArrayList<IndicatorImportPreview.NetworkPreview>();
        Set<String> cells = new HashSet<>();
        for (IndicatorFile.Block block : parsed.blocks()) {
            var rows = new ArrayList<IndicatorImportPreview.IndicatorRow>();
            Set<String> names = new HashSet<>();
            for (IndicatorFile.Row row : block.rows()) {
                String key = IndicatorNames.key(row.name());
                if (!names.add(key)) {
                    errors.add(new IndicatorImportError(row.line(), 1, row.writtenName(),
                            "indicator.import.error.duplicate-indicator"));
                    continue;
                }
                for (var date : block.dates()) {
                    if (!cells.add(IndicatorNames.key(block.network()) + "|" + key + "|" + date)) {
                        errors.add(new IndicatorImportError(row.line(), 1, row.writtenName() + " " + date,
                                "indicator.import.error.duplicate-value"));
                    }
                }
                rows.add(row(block, row, catalogue.get(key)));
            }
            networks.add(new IndicatorImportPreview.NetworkPreview(block.line(), block.network(),
                    target(block.network(), known), block.dates(), rows));
        }
        return new IndicatorImportPreview(errors.isEmpty() ? networks : List.of(), errors);
    }

    private static IndicatorImportPreview.IndicatorRow row(IndicatorFile.Block block, IndicatorFile.Row row,
                                                           @Nullable IndicatorDefinition match) {
        var values = new ArrayList<IndicatorImportPreview.DatedValue>();
        for (int i = 0; i < block.dates().size(); i++) {
            values.add(new IndicatorImportPreview.DatedValue(block.dates().get(i), row.values().get(i).value()));
        }
        IndicatorValue reported = row.difference() == null ? null : row.difference().value();
        Difference computed = values.size() < 2 ? Difference.MISSING
                : Differences.between(values.getFirst().value(), values.getLast().value());
        boolean mismatch = reported != null && Differences.mismatch(reported, computed);
        return new IndicatorImportPreview.IndicatorRow(row.line(), row.writtenName(),
                match == null ? row.name() : match.nameSv(), match == null ? null : match.id(),
                match == null ? IndicatorNames.gender(row.name()) : match.gender(), values, reported, computed,
                mismatch);
    }

    /** The cluster of the same name, else the cluster with a network of that name, else a new cluster. */
    static NetworkTarget target(String network, Known known) {
        String key = network.toLowerCase(Locale.ROOT).strip();
        for (ClusterSummary cluster : known.clusters()) {
            if (cluster.name().toLowerCase(Locale.ROOT).strip().equals(key)) {
                return NetworkTarget.cluster(cluster.id(), cluster.name());
            }
        }
        for (KnownNetwork known1 : known.networks()) {
            if (known1.name().toLowerCase(Locale.ROOT).strip().equals(key)) {
                return NetworkTarget.networkOf(known1.cluster().id(), known1.cluster().name());
            }
        }
        return NetworkTarget.newCluster(network);
    }
}
