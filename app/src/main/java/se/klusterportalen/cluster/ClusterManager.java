package se.klusterportalen.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import se.klusterportalen.tenancy.RegionOwned;

import java.io.Serializable;
import java.util.UUID;

/** A cluster-manager user bound to a cluster: they report for it and edit its profile. */
@Entity
@Table(name = "cluster_manager")
@IdClass(ClusterManager.Key.class)
class ClusterManager extends RegionOwned {

    record Key(UUID clusterId, String username) implements Serializable {
    }

    @Id
    @Column(name = "cluster_id")
    private UUID clusterId;

    @Id
    private String username;

    protected ClusterManager() {
    }

    ClusterManager(UUID clusterId, String username) {
        this.clusterId = clusterId;
        this.username = username;
    }

    UUID clusterId() {
        return clusterId;
    }

    String username() {
        return username;
    }
}
