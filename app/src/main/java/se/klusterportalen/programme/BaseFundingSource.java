package se.klusterportalen.programme;

import se.klusterportalen.cluster.ClusterId;

import java.util.Map;
import java.util.Optional;

/**
 * Where base-funding goals get their figures: the regional base funding per cluster of a programme in a year.
 * The funding feature implements it as a bean; until one exists, base-funding goals are evaluated as "no data".
 */
public interface BaseFundingSource {

    /** Kronor per cluster; empty when the programme has no funding plan for that year. */
    Optional<Map<ClusterId, Long>> regionalBaseFunding(ProgrammeId programme, int year);
}
