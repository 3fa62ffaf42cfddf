package se.klusterportalen.indicator;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.klusterportalen.api.PageResponse;
import se.klusterportalen.api.Paging;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.text.Collation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Read access to indicators: the region's catalogue, its measurement rounds and a cluster's indicator table (values
 * as written and as understood; numbers are exact decimals, never floating point).
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Indicators")
class IndicatorReadApiController {

    private final IndicatorService indicators;

    IndicatorReadApiController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @Operation(summary = "The region's indicator catalogue", description = "Order: the catalogue's order, then id.")
    @GetMapping("/api/v1/indicators")
    PageResponse<IndicatorJson> catalogue(@ParameterObject Paging paging) {
        paging.check();
        return paging.of(indicators.catalogue().stream()
                .sorted(Comparator.comparingInt(IndicatorDefinition::sortOrder)
                        .thenComparing(Collation.swedish(IndicatorDefinition::nameSv))
                        .thenComparing(IndicatorDefinition::id))
                .map(IndicatorJson::of).toList());
    }

    @Operation(summary = "The region's measurement rounds (reporting dates)", description = "Order: date, then id.")
    @GetMapping("/api/v1/indicator-rounds")
    PageResponse<RoundJson> rounds(@ParameterObject Paging paging) {
        paging.check();
        return paging.of(indicators.rounds().stream()
                .sorted(Comparator.comparing(MeasurementRound::measuredOn).thenComparing(MeasurementRound::id))
                .map(r -> new RoundJson(r.id().toString(), r.measuredOn(), r.name())).toList());
    }

    @Operation(summary = "A cluster's indicator table",
            description = "The rounds it reported in (oldest first) and one line per indicator, for the cluster "
                    + "itself (network null) and each network under it; each line has one value per round.")
    @GetMapping("/api/v1/clusters/{id}/indicators")
    ClusterIndicatorsJson ofCluster(@PathVariable String id) {
        return ClusterIndicatorsJson.of(indicators.ofCluster(ClusterId.parse(id)));
    }

    /**
     * @param gender the part a gender breakdown counts, {@code null} for a total
     * @param totalId the indicator this one breaks down by gender
     * @param summable whether adding the clusters' values makes sense
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "CatalogueIndicator")
    record IndicatorJson(String id, String nameSv, @Nullable String nameEn, @Nullable String unit,
                         @Nullable String definition, @Nullable String gender, @Nullable String totalId,
                         boolean summable, int sortOrder) {
        static IndicatorJson of(IndicatorDefinition d) {
            return new IndicatorJson(d.id().toString(), d.nameSv(), d.nameEn(), d.unit(), d.definition(),
                    d.gender() == null ? null : d.gender().name(), d.total() == null ? null : d.total().toString(),
                    d.summable(), d.sortOrder());
        }
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "IndicatorRound")
    record RoundJson(String id, LocalDate measuredOn, String name) {
    }

    /**
     * A value as written ({@code text}) and as understood ({@code kind} and its numbers).
     *
     * @param value the number the kind speaks of; {@code null} for ranges and missing values
     * @param low a range's low end or the bound of "at least"
     * @param high a range's high end
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "IndicatorReading")
    record ValueJson(String text, String kind, @Nullable BigDecimal value, @Nullable BigDecimal low,
                     @Nullable BigDecimal high, List<BigDecimal> parts, @Nullable BigDecimal alternative,
                     boolean review) {
        static @Nullable ValueJson of(@Nullable IndicatorValue v) {
            return v == null ? null : new ValueJson(v.text(), v.kind().name(), v.value(), v.low(), v.high(),
                    v.parts(), v.alternative(), v.review());
        }
    }

    /**
     * @param network            the network under the cluster, {@code null} for the cluster's own values
     * @param values             one per round of the table's rounds
     * @param differenceStatus   COMPUTED, MISSING_VALUE or NOT_COMPARABLE
     */
    record LineJson(@Nullable String network, String indicatorId, String indicatorName, List<ValueJson> values,
                    @Nullable ValueJson reportedDifference, @Nullable ValueJson computedDifference,
                    String differenceStatus, boolean differenceMismatch) {
    }

    record ClusterIndicatorsJson(String clusterId, List<RoundJson> rounds, List<LineJson> lines) {
        static ClusterIndicatorsJson of(ClusterIndicators table) {
            return new ClusterIndicatorsJson(table.cluster().toString(),
                    table.rounds().stream().map(r -> new RoundJson(r.id().toString(), r.measuredOn(), r.name()))
                            .toList(),
                    table.lines().stream().map(l -> new LineJson(l.network(), l.indicator().id().toString(),
                            l.indicator().nameSv(), l.values().stream().map(ValueJson::of).toList(),
                            ValueJson.of(l.reportedDifference()), ValueJson.of(l.computedDifference().value()),
                            l.computedDifference().status().name(), l.differenceMismatch())).toList());
        }
    }
}
