package se.klusterportalen.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

import java.util.UUID;

/** One of the smart-specialisation areas in the region's own list. */
@Entity
@Table(name = "smart_specialisation_area")
@Audited
class SmartSpecialisationArea {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;

    @Column(nullable = false)
    private String name;

    @Version
    private long version;

    protected SmartSpecialisationArea() {
    }

    SmartSpecialisationArea(String name) {
        this.id = UUID.randomUUID();
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
