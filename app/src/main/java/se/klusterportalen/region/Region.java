package se.klusterportalen.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A tenant. Regions are known to the platform as a whole; what they own is isolated per region. */
@Entity
@Table(name = "region")
class Region {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Region() {
    }

    Region(String code, String name, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.createdAt = createdAt;
    }

    RegionSummary toSummary() {
        return new RegionSummary(code, name);
    }
}
