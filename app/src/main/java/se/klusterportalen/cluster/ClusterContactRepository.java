package se.klusterportalen.cluster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface ClusterContactRepository extends JpaRepository<ClusterContact, UUID> {

    List<ClusterContact> findByClusterIdOrderByPosition(UUID clusterId);
}
