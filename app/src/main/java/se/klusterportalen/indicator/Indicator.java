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

import java.util.UUID;

/** An indicator of the region's catalogue. */
@Entity
@Table(name = "indicator")
@Audited
class Indicator extends RegionOwnedEntity {

    @Column(name = "name_sv", nullable = false)
    private String nameSv;

    @Column(name = "name_en")
    private @Nullable String nameEn;

    private @Nullable String unit;

    private @Nullable String definition;

    @Enumerated(EnumType.STRING)
    private @Nullable Gender gender;

    @Column(name = "total_id")
    private @Nullable UUID totalId;

    @Column(nullable = false)
    private boolean summable;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Indicator() {
    }

    Indicator(String nameSv, @Nullable Gender gender, @Nullable UUID totalId, boolean summable, int sortOrder) {
        this.id = UUID.randomUUID();
        this.nameSv = nameSv;
        this.gender = gender;
        this.totalId = totalId;
        this.summable = summable;
        this.sortOrder = sortOrder;
    }

    void describe(@Nullable String nameEn, @Nullable String unit, @Nullable String definition) {
        this.nameEn = nameEn;
        this.unit = unit;
        this.definition = definition;
    }

    UUID id() {
        return id;
    }

    IndicatorDefinition toRecord() {
        return new IndicatorDefinition(id, nameSv, nameEn, unit, definition, gender, totalId, summable, sortOrder);
    }
}
