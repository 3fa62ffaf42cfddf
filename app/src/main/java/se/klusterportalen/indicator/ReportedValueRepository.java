package se.klusterportalen.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface ReportedValueRepository extends JpaRepository<ReportedValue, UUID> {

    List<ReportedValue> findByClusterId(UUID clusterId);
}
