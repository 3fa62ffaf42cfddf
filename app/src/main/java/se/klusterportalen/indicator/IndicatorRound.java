package se.klusterportalen.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.UUID;

/** A measurement date of the region. */
@Entity
@Table(name = "indicator_round")
@Audited
class IndicatorRound {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(nullable = false)
    private String name;

    @Version
    private long version;

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
