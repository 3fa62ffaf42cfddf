package se.klusterportalen.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface IndicatorRoundRepository extends JpaRepository<IndicatorRound, UUID> {

    List<IndicatorRound> findAllByOrderByMeasuredOnAsc();
}
