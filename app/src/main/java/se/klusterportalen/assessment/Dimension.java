package se.klusterportalen.assessment;

import java.util.List;

/** One of the five development dimensions (S, O, N, A, F) with its criteria in phase order. */
public record Dimension(String code, LocalizedText name, List<Criterion> criteria) {

    public Dimension {
        criteria = List.copyOf(criteria);
    }

    public List<Criterion> criteriaOfPhase(int phase) {
        return criteria.stream().filter(criterion -> criterion.phase() == phase).toList();
    }
}
