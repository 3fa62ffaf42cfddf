package se.klusterportalen.cluster;


import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.klusterportalen.rejection.Rejection;

interface ClusterRepository extends JpaRepository<Cluster, UUID> {

    @Query("select c from Cluster c order by c.basics.name")
    List<Cluster> findAllByOrderByNameAsc();

    /**
     * Every cluster as a list shows it, by name (the column's Swedish collation), no entity loaded:
     * {@code [id, name, sector, county, status]} (UUID, String, String, {@link County}, {@link ClusterStatus}).
     */
    @Query("select c.id, c.basics.name, c.basics.sector, c.basics.county, c.lifecycle.status from Cluster c"
            + " order by c.basics.name")
    List<Object[]> findSummaries();

    /** As {@link #findAllByOrderByNameAsc()}, with each cluster's smart-specialisation areas in the same query. */
    @Query("select c from Cluster c left join fetch c.areaIds order by c.basics.name")
    List<Cluster> findAllWithAreasByOrderByNameAsc();

    /** The region's clusters counted per status: {@code [status, count]} ({@link ClusterStatus}, Long). */
    @Query("select c.lifecycle.status, count(c) from Cluster c group by c.lifecycle.status")
    List<Object[]> countPerStatus();

    @Query("select c from Cluster c where upper(c.basics.name) = upper(:name)")
    Optional<Cluster> findByNameIgnoreCase(@Param("name") String name);

    /** The cluster of the current region; {@link Rejection.NotFound} {@code cluster.error.not-found} if none. */
    default Cluster require(ClusterId id) {
        return findById(id.value()).orElseThrow(() -> new Rejection.NotFound("cluster.error.not-found"));
    }
}
