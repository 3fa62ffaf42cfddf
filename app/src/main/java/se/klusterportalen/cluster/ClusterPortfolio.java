package se.klusterportalen.cluster;


import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The region's clusters as lists and figures: the portfolio grid, facts for goals, counts. */
@Component
class ClusterPortfolio {

    private final ClusterRepository clusters;
    private final ClusterMembers members;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    private final List<PortfolioRanking> rankings;

    ClusterPortfolio(ClusterRepository clusters, ClusterMembers members, List<PortfolioRanking> rankings) {
        this.clusters = clusters;
        this.members = members;
        this.rankings = List.copyOf(rankings);
    }

    /** Every cluster by name, read as a projection (issue #19: the entities with every profile column were loaded). */
    List<ClusterSummary> list() {
        return clusters.findSummaries().stream().map(row -> new ClusterSummary(new ClusterId((UUID) row[0]),
                (String) row[1], (String) row[2], (County) row[3], (ClusterStatus) row[4])).toList();
    }

    Optional<ClusterSummary> find(ClusterId id) {
        return clusters.findById(id.value()).map(Cluster::toSummary);
    }

    Map<ClusterStatus, Long> countByStatus() {
        var counts = new EnumMap<ClusterStatus, Long>(ClusterStatus.class);
        for (ClusterStatus status : ClusterStatus.values()) {
            counts.put(status, 0L);
        }
        // counted by PostgreSQL: the overview's first figures need no cluster loaded (issue #19)
        clusters.countPerStatus().forEach(row -> counts.put((ClusterStatus) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Every cluster's facts by name, in one statement (issue #19: every cluster and every member year was loaded as
     * an entity): the member totals of its two latest reported years summed in PostgreSQL; row-level security keeps
     * it to the caller's region.
     */
    List<ClusterFacts> facts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT c.id, c.name, c.status, coalesce(c.eccp_registered, false),
                       coalesce(c.communication_plan, false), m.latest, m.previous
                FROM cluster c
                LEFT JOIN (SELECT cluster_id, max(total) FILTER (WHERE n = 1) AS latest,
                                  max(total) FILTER (WHERE n = 2) AS previous
                           FROM (SELECT cluster_id, sme + large_company + academia + public_sector + other AS total,
                                        row_number() OVER (PARTITION BY cluster_id ORDER BY year DESC) AS n
                                 FROM cluster_member_year) y
                           WHERE n <= 2
                           GROUP BY cluster_id) m ON m.cluster_id = c.id
                ORDER BY c.name""").getResultList();
        return rows.stream().map(row -> new ClusterFacts(new ClusterId((UUID) row[0]), (String) row[1],
                ClusterStatus.valueOf((String) row[2]), total(row[5]), total(row[6]), (Boolean) row[3],
                (Boolean) row[4])).toList();
    }

    private static Optional<Integer> total(Object value) {
        return Optional.ofNullable(value).map(total -> ((Number) total).intValue());
    }

    /** Every cluster of the region as a portfolio row, by name (the page query without a limit: one statement). */
    List<PortfolioRow> rows() {
        var byName = new PortfolioQuery(null, null, null, null, null, PortfolioQuery.Sort.NAME, false);
        return page(byName, 0, Integer.MAX_VALUE, false).rows();
    }

    /**
     * One page of the portfolio, filtered, sorted and cut in the database (names in the {@code swedish} ICU
     * collation of their columns, ties by name, then id); the page's rows are read as rows in one statement (no entity).
     */
    PortfolioQuery.Page page(PortfolioQuery query, long offset, int limit) {
        return page(query, offset, limit, true);
    }

    /**
     * As {@link #page(PortfolioQuery, long, int)}; without {@code counted} the filtered list is not counted (the
     * page's total is then -1), with {@code limit} 0 no row is read (only the count).
     */
    PortfolioQuery.Page page(PortfolioQuery query, long offset, int limit, boolean counted) {
        var where = new StringBuilder(" WHERE true");
        var parameters = new java.util.LinkedHashMap<String, Object>();
        if (query.nameContains() != null) {
            // lower-cased here as the grid does (Locale.ROOT); explicit collation, as the column's is implicit
            where.append(" AND strpos(lower(c.name), CAST(:q AS text) COLLATE swedish) > 0");
            parameters.put("q", query.nameContains().toLowerCase(java.util.Locale.ROOT));
        }
        if (query.text() != null) {
            where.append(" AND (strpos(lower(c.name), CAST(:text AS text) COLLATE swedish) > 0"
                    + " OR strpos(lower(COALESCE(c.sector, '')), CAST(:text AS text) COLLATE swedish) > 0"
                    + " OR strpos(lower(" + countyName() + "), CAST(:text AS text) COLLATE swedish) > 0)");
            parameters.put("text", query.text().toLowerCase(java.util.Locale.ROOT));
        }
        if (query.status() != null) {
            where.append(" AND c.status = :status");
            parameters.put("status", query.status().name());
        }
        if (query.sector() != null) {
            where.append(" AND c.sector = :sector");
            parameters.put("sector", query.sector());
        }
        if (query.county() != null) {
            where.append(" AND c.county = :county");
            parameters.put("county", query.county().name());
        }
        if (query.area() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM cluster_area a WHERE a.cluster_id = c.id AND a.area_id = :area)");
            parameters.put("area", query.area());
        }
        String direction = query.descending() ? " DESC" : " ASC";
        var orderParameters = new java.util.LinkedHashMap<String, Object>();
        String first = switch (query.sort()) {
            case NAME -> "c.name" + direction;
            case SECTOR -> "COALESCE(c.sector, '') COLLATE swedish" + direction;
            case COUNTY -> countyName() + direction;
            case STATUS -> statusOrder() + direction;
            case MEMBERS -> "COALESCE(latest.total, -1)" + direction;
            case ECCP -> eccpOrder() + direction;
            case LABEL, PHASE -> {
                // another feature's rank of the cluster row c; none sorts first, as an empty value does
                var rank = ranking(query.sort()).rank();
                orderParameters.putAll(rank.parameters());
                yield "(" + rank.sql() + ")" + direction + (query.descending() ? " NULLS LAST" : " NULLS FIRST");
            }
        };
        // the row-level security policy keeps the query to the caller's region; the page's rows come with their
        // fields (the latest and the year before's member counts, the areas), one statement: no cluster entity, no
        // member year loaded (issue #19)
        var rowQuery = entityManager.createNativeQuery("""
                SELECT c.id, c.name, c.sector, c.county, c.status, c.eccp_registered, c.management_fte,
                       c.english_website, latest.year, latest.sme, latest.large_company, latest.academia,
                       latest.public_sector, latest.other, previous.total,
                       (SELECT string_agg(CAST(a.area_id AS text), ',') FROM cluster_area a WHERE a.cluster_id = c.id)
                FROM cluster c
                LEFT JOIN LATERAL (SELECT m.year, m.sme, m.large_company, m.academia, m.public_sector, m.other,
                                          m.sme + m.large_company + m.academia + m.public_sector + m.other AS total,
                                          CAST(m.sme > 0 AS int) + CAST(m.large_company > 0 AS int)
                                          + CAST(m.academia > 0 AS int) + CAST(m.public_sector > 0 AS int)
                                          + CAST(m.other > 0 AS int) AS types
                                   FROM cluster_member_year m WHERE m.cluster_id = c.id
                                   ORDER BY m.year DESC LIMIT 1) latest ON true
                LEFT JOIN LATERAL (SELECT m.sme + m.large_company + m.academia + m.public_sector + m.other AS total
                                   FROM cluster_member_year m WHERE m.cluster_id = c.id
                                   ORDER BY m.year DESC OFFSET 1 LIMIT 1) previous ON true""" + where
                + " ORDER BY " + first + ", c.name ASC, c.id ASC LIMIT :limit OFFSET :offset", Object[].class);
        var countQuery = entityManager.createNativeQuery("SELECT count(*) FROM cluster c" + where, Long.class);
        parameters.forEach((name, value) -> {
            rowQuery.setParameter(name, value);
            countQuery.setParameter(name, value);
        });
        orderParameters.forEach(rowQuery::setParameter);
        rowQuery.setParameter("limit", limit).setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<Object[]> found = limit == 0 ? List.of() : rowQuery.getResultList();
        long total = counted ? ((Number) countQuery.getSingleResult()).longValue() : -1;
        return new PortfolioQuery.Page(found.stream().map(ClusterPortfolio::row).toList(), total);
    }

    /** A row of the page query: the cluster's columns, its latest member year (or nulls), the year before's total. */
    private static PortfolioRow row(Object[] columns) {
        var id = (UUID) columns[0];
        Optional<MemberCounts> latest = columns[8] == null ? Optional.empty()
                : Optional.of(MemberCounts.of(number(columns[8]), number(columns[9]), number(columns[10]),
                number(columns[11]), number(columns[12]), number(columns[13])));
        Optional<Integer> latestTotal = latest.map(MemberCounts::total);
        Optional<Integer> trend = columns[14] == null ? Optional.empty()
                : latestTotal.map(last -> last - number(columns[14]));
        Set<UUID> areas = columns[15] == null ? Set.of() : java.util.Arrays.stream(((String) columns[15]).split(","))
                .map(UUID::fromString).collect(java.util.stream.Collectors.toUnmodifiableSet());
        boolean registered = (Boolean) columns[5];
        var fte = (java.math.BigDecimal) columns[6];
        return new PortfolioRow(new ClusterId(id), (String) columns[1], (String) columns[2],
                columns[3] == null ? null : County.valueOf((String) columns[3]),
                ClusterStatus.valueOf((String) columns[4]), areas, latestTotal, trend, registered,
                EccpEligibility.judge(fte, (Boolean) columns[7], latest).eligible());
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    /** The sectors the region's clusters have, each once, in Swedish order (the grid's sector filter). */
    List<String> sectors() {
        @SuppressWarnings("unchecked")
        List<String> sectors = entityManager.createNativeQuery("SELECT DISTINCT sector COLLATE swedish AS s FROM cluster"
                + " WHERE sector IS NOT NULL ORDER BY s", String.class).getResultList();
        return List.copyOf(sectors);
    }

    /** The counties the region's clusters are in, each once (the grid's county filter). */
    List<County> counties() {
        @SuppressWarnings("unchecked")
        List<String> names = entityManager.createNativeQuery("SELECT DISTINCT county FROM cluster"
                + " WHERE county IS NOT NULL", String.class).getResultList();
        return names.stream().map(County::valueOf).toList();
    }

    /** The county's official name, for sorting (the column holds the constant's name). */
    private static String countyName() {
        var sql = new StringBuilder("(CASE c.county");
        for (County county : County.values()) {
            sql.append(" WHEN '").append(county.name()).append("' THEN '")
                    .append(county.officialName().replace("'", "''")).append("'");
        }
        return sql.append(" ELSE '' END) COLLATE swedish").toString();
    }

    /**
     * ECCP as the grid shows it: 0 not eligible, 1 eligible ({@link EccpEligibility#judge}: management FTE, an
     * English website, members and member types of the latest year), 2 registered.
     */
    private static String eccpOrder() {
        return "(CASE WHEN c.eccp_registered THEN 2 WHEN c.management_fte >= " + EccpEligibility.MINIMUM_FTE
                + " AND c.english_website AND COALESCE(latest.total, 0) >= " + EccpEligibility.MINIMUM_MEMBERS
                + " AND COALESCE(latest.types, 0) >= " + EccpEligibility.MINIMUM_MEMBER_TYPES + " THEN 1 ELSE 0 END)";
    }

    private PortfolioRanking ranking(PortfolioQuery.Sort sort) {
        return rankings.stream().filter(ranking -> ranking.sort() == sort).findFirst()
                .orElseThrow(() -> new IllegalStateException("No feature ranks the portfolio by " + sort));
    }

    /** The status's order as the enum declares it. */
    private static String statusOrder() {
        var sql = new StringBuilder("(CASE c.status");
        for (ClusterStatus status : ClusterStatus.values()) {
            sql.append(" WHEN '").append(status.name()).append("' THEN ").append(status.ordinal());
        }
        return sql.append(" END)").toString();
    }

    /** The total of the n-th latest year (1 = latest). */
    private static Optional<Integer> total(List<MemberCounts> years, int fromEnd) {
        return years.size() < fromEnd ? Optional.empty() : Optional.of(years.get(years.size() - fromEnd).total());
    }
}
