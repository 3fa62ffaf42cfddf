package se.klusterportalen.label;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwned;

import java.io.Serializable;
import java.util.UUID;

/** A cluster's own rating of one Gold quality indicator, before paying for the audit. */
@Entity
@Table(name = "gold_indicator_rating")
@IdClass(GoldRating.Key.class)
@Audited
class GoldRating extends RegionOwned {

    record Key(UUID clusterId, String indicatorCode) implements Serializable {
    }

    @Id
    @Column(name = "cluster_id")
    private UUID clusterId;

    @Id
    @Column(name = "indicator_code")
    private String indicatorCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorRating rating;

    private @Nullable String note;

    protected GoldRating() {
    }

    GoldRating(UUID clusterId, GoldIndicator indicator) {
        this.clusterId = clusterId;
        this.indicatorCode = indicator.code();
    }

    void rate(IndicatorRating rating, String note) {
        this.rating = rating;
        this.note = note;
    }

    String indicatorCode() {
        return indicatorCode;
    }

    IndicatorRating rating() {
        return rating;
    }

    @Nullable String note() {
        return note;
    }

    long version() {
        return version;
    }
}
