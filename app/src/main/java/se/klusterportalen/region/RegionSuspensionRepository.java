package se.klusterportalen.region;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionSuspensionRepository extends JpaRepository<RegionSuspension, String> {
}
