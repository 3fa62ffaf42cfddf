package se.klusterportalen.cluster;


import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface MemberYearRepository extends JpaRepository<MemberYear, UUID> {

    List<MemberYear> findByClusterIdOrderByYearAsc(UUID clusterId);

    Optional<MemberYear> findByClusterIdAndYear(UUID clusterId, int year);
}
