package se.klusterportalen.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

import java.util.Optional;
import java.util.UUID;

/** A cluster initiative of a region. */
@Entity
@Table(name = "cluster")
@Audited
class Cluster {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;

    @Column(nullable = false)
    private String name;

    private String sector;

    @Enumerated(EnumType.STRING)
    private County county;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClusterStatus status;

    @Version
    private long version;

    protected Cluster() {
    }

    Cluster(String name, String sector, County county, ClusterStatus status) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.sector = sector;
        this.county = county;
        this.status = status;
    }

    ClusterFacts toFacts() {
        return new ClusterFacts(new ClusterId(id), name, status, Optional.empty(), Optional.empty(), false, false);
    }

    ClusterSummary toSummary() {
        return new ClusterSummary(new ClusterId(id), name, sector, county, status);
    }
}
