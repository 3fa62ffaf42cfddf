package se.klusterportalen.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.util.UUID;

/** A network under a cluster that reports its own indicator values. */
@Entity
@Table(name = "cluster_network")
@Audited
class ClusterNetwork extends RegionOwnedEntity {

    @Column(name = "cluster_id", nullable = false, updatable = false)
    private UUID clusterId;

    @Column(nullable = false)
    private String name;

    protected ClusterNetwork() {
    }

    ClusterNetwork(UUID clusterId, String name) {
        this.id = UUID.randomUUID();
        this.clusterId = clusterId;
        this.name = name;
    }

    UUID id() {
        return id;
    }

    UUID clusterId() {
        return clusterId;
    }

    String name() {
        return name;
    }
}
