package se.klusterportalen.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One version of the phase model: phases, dimensions with their criteria, horizontal areas and levels. */
public record PhaseModel(int version, LocalizedText name, List<Phase> phases, List<Dimension> dimensions,
                         List<HorizontalArea> areas, List<HorizontalLevel> levels) {

    public PhaseModel {
        phases = List.copyOf(phases);
        dimensions = List.copyOf(dimensions);
        areas = List.copyOf(areas);
        levels = List.copyOf(levels);
    }

    public int highestPhase() {
        return phases.getLast().number();
    }

    public List<Criterion> criteria() {
        return dimensions.stream().flatMap(dimension -> dimension.criteria().stream()).toList();
    }

    public Optional<Criterion> criterion(String code) {
        return criteria().stream().filter(criterion -> criterion.code().equals(code)).findFirst();
    }

    public Dimension dimension(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    public Optional<HorizontalArea> area(String code) {
        return areas.stream().filter(area -> area.code().equals(code)).findFirst();
    }

    public Optional<Phase> phase(int number) {
        return phases.stream().filter(phase -> phase.number() == number).findFirst();
    }

    public Map<String, Criterion> criteriaByCode() {
        var byCode = new LinkedHashMap<String, Criterion>();
        criteria().forEach(criterion -> byCode.put(criterion.code(), criterion));
        return byCode;
    }
}
