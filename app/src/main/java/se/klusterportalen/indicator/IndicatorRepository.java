package se.klusterportalen.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface IndicatorRepository extends JpaRepository<Indicator, UUID> {

    List<Indicator> findAllByOrderBySortOrderAscNameSvAsc();
}
