package se.klusterportalen.cluster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface MemberOrganisationRepository extends JpaRepository<MemberOrganisation, UUID> {

    List<MemberOrganisation> findByClusterIdOrderByNameAsc(UUID clusterId);
}
