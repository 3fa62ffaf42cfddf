package se.klusterportalen.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.util.UUID;

/** One of the smart-specialisation areas in the region's own list. */
@Entity
@Table(name = "smart_specialisation_area")
@Audited
class SmartSpecialisationArea extends RegionOwnedEntity {

    @Column(nullable = false)
    private String name;

    protected SmartSpecialisationArea() {
    }

    SmartSpecialisationArea(UUID id, String name) {
        this.id = id;
        this.name = name;
    }

    void rename(String name) {
        this.name = name;
    }

    long version() {
        return version;
    }

    SmartArea toRecord() {
        return new SmartArea(id, name);
    }
}
