package se.klusterportalen.assessment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The fixed assessments of a round as the portfolio matrix reads them, without loading assessments and answers as
 * entities (issue #19): one query for the round's fixed assessments (cluster, name, letter), one for the answers
 * the phases are read from (met criteria, area levels) of all of them or of a page. The row-level security policies
 * keep every query to the caller's region.
 */
@Component
class MatrixRows {

    @PersistenceContext
    private EntityManager entityManager;

    /** A fixed assessment of the round: its cluster, the cluster's name and the letter that stands for it. */
    record Fixed(UUID assessment, UUID cluster, String clusterName, String letter) {
    }

    /** What a fixed assessment's phases are read from: the codes of the criteria met, the areas' levels. */
    record Answers(Set<String> met, Map<String, Integer> areaLevels) {

        static final Answers NONE = new Answers(Set.of(), Map.of());
    }

    /** Assessments per round: {@code [all, fixed]}. */
    Map<UUID, int[]> countsPerRound() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT round_id, count(*), count(*) FILTER (WHERE state = 'FIXED') FROM assessment
                GROUP BY round_id""").getResultList();
        var counts = new HashMap<UUID, int[]>();
        rows.forEach(row -> counts.put((UUID) row[0],
                new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue()}));
        return counts;
    }

    /** The round's fixed assessments, in no particular order. */
    List<Fixed> fixed(UUID round) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT a.id, a.cluster_id, c.name, a.letter FROM assessment a JOIN cluster c ON c.id = a.cluster_id
                WHERE a.round_id = :round AND a.state = 'FIXED'""").setParameter("round", round).getResultList();
        var fixed = new ArrayList<Fixed>(rows.size());
        rows.forEach(row -> fixed.add(new Fixed((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3])));
        return fixed;
    }

    /** The answers of the round's fixed assessments by assessment, all of them in one query. */
    Map<UUID, Answers> answers(UUID round) {
        return answers("a.round_id = :round AND a.state = 'FIXED'", "round", round);
    }

    /** The answers of the given assessments by assessment, in one query. */
    Map<UUID, Answers> answers(Collection<UUID> assessments) {
        if (assessments.isEmpty()) {
            return Map.of();
        }
        return answers("a.id IN (:ids)", "ids", assessments);
    }

    private Map<UUID, Answers> answers(String where, String parameter, Object value) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT x.assessment_id, x.kind, x.code, x.met, x.level
                FROM assessment_answer x JOIN assessment a ON a.id = x.assessment_id
                WHERE (x.met IS TRUE OR (x.kind = 'AREA' AND x.level IS NOT NULL))""" + " AND " + where)
                .setParameter(parameter, value).getResultList();
        var met = new LinkedHashMap<UUID, Set<String>>();
        var levels = new HashMap<UUID, Map<String, Integer>>();
        for (Object[] row : rows) {
            UUID assessment = (UUID) row[0];
            if (Boolean.TRUE.equals(row[3])) {
                met.computeIfAbsent(assessment, id -> new HashSet<>()).add((String) row[2]);
            }
            if ("AREA".equals(row[1]) && row[4] != null) {
                levels.computeIfAbsent(assessment, id -> new HashMap<>()).put((String) row[2], ((Number) row[4]).intValue());
            }
        }
        var answers = new HashMap<UUID, Answers>();
        var ids = new HashSet<UUID>(met.keySet());
        ids.addAll(levels.keySet());
        ids.forEach(id -> answers.put(id, new Answers(Set.copyOf(met.getOrDefault(id, Set.of())),
                Map.copyOf(levels.getOrDefault(id, Map.of())))));
        return answers;
    }
}
