package se.klusterportalen.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A measurement date of the region. */
@Entity
@Table(name = "indicator_round")
@Audited
class IndicatorRound extends RegionOwnedEntity {

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(nullable = false)
    private String name;

    protected IndicatorRound() {
    }

    IndicatorRound(LocalDate measuredOn, String name) {
        this.id = UUID.randomUUID();
        this.measuredOn = measuredOn;
        this.name = name;
    }

    UUID id() {
        return id;
    }

    LocalDate measuredOn() {
        return measuredOn;
    }

    MeasurementRound toRecord() {
        return new MeasurementRound(id, measuredOn, name);
    }
}
