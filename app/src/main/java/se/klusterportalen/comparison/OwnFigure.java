package se.klusterportalen.comparison;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One of the region's own figures as the last computation saw them (see {@link Metric}). */
@Entity
@Table(name = "comparison_own_figure")
@Audited
class OwnFigure extends RegionOwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Metric metric;

    @Column(nullable = false, updatable = false)
    private String category;

    @Column(name = "value")
    private @Nullable BigDecimal value;

    @Column(name = "cluster_count", nullable = false)
    private int clusterCount;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected OwnFigure() {
    }

    OwnFigure(Aggregation.Row row, Instant computedAt) {
        this.id = UUID.randomUUID();
        this.metric = row.metric();
        this.category = row.category();
        this.value = row.value();
        this.clusterCount = row.clusters();
        this.computedAt = computedAt;
    }

    Metric metric() {
        return metric;
    }

    String category() {
        return category;
    }

    @Nullable BigDecimal value() {
        return value;
    }

    int clusterCount() {
        return clusterCount;
    }

    Instant computedAt() {
        return computedAt;
    }
}
