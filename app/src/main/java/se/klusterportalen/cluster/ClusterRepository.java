package se.klusterportalen.cluster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

interface ClusterRepository extends JpaRepository<Cluster, UUID> {

    List<Cluster> findAllByOrderByNameAsc();

    Optional<Cluster> findByNameIgnoreCase(String name);

    /** The cluster of the current region; {@link NoSuchElementException} {@code cluster.error.not-found} if none. */
    default Cluster require(ClusterId id) {
        return findById(id.value()).orElseThrow(() -> new NoSuchElementException("cluster.error.not-found"));
    }
}
