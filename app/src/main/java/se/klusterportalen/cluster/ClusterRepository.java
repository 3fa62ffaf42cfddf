package se.klusterportalen.cluster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface ClusterRepository extends JpaRepository<Cluster, UUID> {

    List<Cluster> findAllByOrderByNameAsc();

    Optional<Cluster> findByNameIgnoreCase(String name);
}
