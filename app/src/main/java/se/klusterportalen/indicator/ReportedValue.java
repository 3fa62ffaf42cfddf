package se.klusterportalen.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.klusterportalen.tenancy.RegionOwnedEntity;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A value reported for a cluster (or a network under it), an indicator and a round: the text and its meaning. */
@Entity
@Table(name = "indicator_value")
@Audited
class ReportedValue extends RegionOwnedEntity {

    @Column(name = "cluster_id", nullable = false, updatable = false)
    private UUID clusterId;

    @Column(name = "network_id", updatable = false)
    private @Nullable UUID networkId;

    @Column(name = "indicator_id", nullable = false, updatable = false)
    private UUID indicatorId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID roundId;

    @Column(nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ValueKind kind;

    private @Nullable BigDecimal value;
    private @Nullable BigDecimal low;
    private @Nullable BigDecimal high;
    private @Nullable String parts;
    private @Nullable BigDecimal alternative;

    @Column(nullable = false)
    private boolean review;

    @Column(name = "reported_difference")
    private @Nullable String reportedDifference;

    @Column(name = "difference_from_round_id")
    private @Nullable UUID differenceFromRoundId;

    protected ReportedValue() {
    }

    ReportedValue(UUID clusterId, @Nullable UUID networkId, UUID indicatorId, UUID roundId) {
        this.id = UUID.randomUUID();
        this.clusterId = clusterId;
        this.networkId = networkId;
        this.indicatorId = indicatorId;
        this.roundId = roundId;
    }

    void record(IndicatorValue reported, @Nullable String difference, @Nullable UUID differenceFrom) {
        this.text = reported.text();
        this.kind = reported.kind();
        this.value = reported.value();
        this.low = reported.low();
        this.high = reported.high();
        this.parts = reported.parts().isEmpty() ? null
                : reported.parts().stream().map(BigDecimal::toPlainString).collect(Collectors.joining("+"));
        this.alternative = reported.alternative();
        this.review = reported.review();
        this.reportedDifference = difference;
        this.differenceFromRoundId = differenceFrom;
    }

    UUID clusterId() {
        return clusterId;
    }

    @Nullable UUID networkId() {
        return networkId;
    }

    UUID indicatorId() {
        return indicatorId;
    }

    UUID roundId() {
        return roundId;
    }

    @Nullable String reportedDifference() {
        return reportedDifference;
    }

    @Nullable UUID differenceFromRoundId() {
        return differenceFromRoundId;
    }

    IndicatorValue toValue() {
        List<BigDecimal> partList = parts == null ? List.of()
                : Arrays.stream(parts.split("\\+")).map(BigDecimal::new).toList();
        return new IndicatorValue(text, kind, value, low, high, partList, alternative, review);
    }
}
