package se.klusterportalen.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface ClusterNetworkRepository extends JpaRepository<ClusterNetwork, UUID> {
}
