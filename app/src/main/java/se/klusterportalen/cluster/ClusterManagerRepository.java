package se.klusterportalen.cluster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ClusterManagerRepository extends JpaRepository<ClusterManager, ClusterManager.Key> {

    List<ClusterManager> findByUsername(String username);

    List<ClusterManager> findByClusterIdOrderByUsername(java.util.UUID clusterId);
}
