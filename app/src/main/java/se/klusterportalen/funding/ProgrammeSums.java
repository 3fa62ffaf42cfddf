package se.klusterportalen.funding;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.programme.ProgrammeId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A programme's funding summed and paged in the database (issue #19): the sums per stream and year, the reporting
 * counts per year, and one page of the programme's clusters by name. Only the programme's clusters count (a plan
 * of a cluster taken out of the programme does not); the row-level security policies keep every query to the
 * caller's region.
 */
@Component
class ProgrammeSums {

    @PersistenceContext
    private EntityManager entityManager;

    record Sums(Map<StreamYear, Long> planned, Map<StreamYear, Long> actual,
                Map<Integer, ProgrammeFunding.Reporting> reporting) {
    }

    /** A cluster of the programme, as its funding list names it. */
    record NamedCluster(ClusterId id, String name) {
    }

    Sums sums(ProgrammeId programme) {
        var planned = new HashMap<StreamYear, Long>();
        var actual = new HashMap<StreamYear, Long>();
        @SuppressWarnings("unchecked")
        List<Object[]> cells = entityManager.createNativeQuery("""
                SELECT a.stream_id, a.year, sum(a.planned), sum(a.actual), count(a.actual)
                FROM funding_plan p
                JOIN programme_cluster pc ON pc.programme_id = p.programme_id AND pc.cluster_id = p.cluster_id
                JOIN funding_amount a ON a.plan_id = p.id
                WHERE p.programme_id = :programme
                GROUP BY a.stream_id, a.year""").setParameter("programme", programme.value()).getResultList();
        for (Object[] row : cells) {
            var cell = new StreamYear(new FundingStreamId((UUID) row[0]), ((Number) row[1]).intValue());
            planned.put(cell, exact(row[2]));
            if (((Number) row[4]).longValue() > 0) {
                actual.put(cell, exact(row[3]));
            }
        }
        var reporting = new HashMap<Integer, ProgrammeFunding.Reporting>();
        @SuppressWarnings("unchecked")
        List<Object[]> years = entityManager.createNativeQuery("""
                SELECT year, count(*) FILTER (WHERE plans AND reports), count(*) FILTER (WHERE plans)
                FROM (SELECT p.cluster_id, a.year, bool_or(a.planned > 0) AS plans,
                             bool_or(a.actual IS NOT NULL) AS reports
                      FROM funding_plan p
                      JOIN programme_cluster pc ON pc.programme_id = p.programme_id AND pc.cluster_id = p.cluster_id
                      JOIN funding_amount a ON a.plan_id = p.id
                      WHERE p.programme_id = :programme
                      GROUP BY p.cluster_id, a.year) per_cluster
                GROUP BY year HAVING count(*) FILTER (WHERE plans) > 0""")
                .setParameter("programme", programme.value()).getResultList();
        for (Object[] row : years) {
            reporting.put(((Number) row[0]).intValue(),
                    new ProgrammeFunding.Reporting(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return new Sums(planned, actual, reporting);
    }

    /** The programme's clusters from {@code offset}, at most {@code limit}, by name (Swedish collation), then id. */
    List<NamedCluster> clusters(ProgrammeId programme, long offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT c.id, c.name FROM programme_cluster pc JOIN cluster c ON c.id = pc.cluster_id
                WHERE pc.programme_id = :programme
                ORDER BY c.name, c.id LIMIT :limit OFFSET :offset""")
                .setParameter("programme", programme.value()).setParameter("limit", limit)
                .setParameter("offset", offset).getResultList();
        var page = new ArrayList<NamedCluster>(rows.size());
        rows.forEach(row -> page.add(new NamedCluster(new ClusterId((UUID) row[0]), (String) row[1])));
        return page;
    }

    /**
     * Each planned cluster's regional base funding in kronor in a year of the programme: the outcome where reported,
     * else the plan (0 where the year has no amount); empty when the year is outside the programme or the region
     * has no regional base stream. One statement, no entities (issue #19: the overview's goals read it).
     */
    Map<ClusterId, Long> regionalBaseFunding(ProgrammeId programme, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT p.cluster_id, coalesce(a.actual, a.planned, 0)
                FROM funding_plan p
                JOIN programme pr ON pr.id = p.programme_id AND :year BETWEEN pr.start_year AND pr.end_year
                JOIN programme_cluster pc ON pc.programme_id = p.programme_id AND pc.cluster_id = p.cluster_id
                JOIN funding_stream s ON s.standard = 'REGION_BASE'
                LEFT JOIN funding_amount a ON a.plan_id = p.id AND a.stream_id = s.id AND a.year = :year
                WHERE p.programme_id = :programme""")
                .setParameter("programme", programme.value()).setParameter("year", year).getResultList();
        var perCluster = new HashMap<ClusterId, Long>();
        rows.forEach(row -> perCluster.put(new ClusterId((UUID) row[0]), ((Number) row[1]).longValue()));
        return perCluster;
    }

    private static long exact(Object sum) {
        return ((java.math.BigDecimal) sum).longValueExact();
    }
}
