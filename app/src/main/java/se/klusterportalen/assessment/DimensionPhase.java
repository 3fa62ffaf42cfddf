package se.klusterportalen.assessment;

import java.util.List;

/**
 * A dimension's computed phase and why it is not higher.
 *
 * @param missingForNextPhase the criteria of the next phase that are not met: what blocks it (empty at the top)
 * @param notCounted          criteria met above the first gap, which do not count until the gap is closed
 */
public record DimensionPhase(String dimensionCode, int phase, boolean highest, List<String> missingForNextPhase,
                             List<String> notCounted) {

    public DimensionPhase {
        missingForNextPhase = List.copyOf(missingForNextPhase);
        notCounted = List.copyOf(notCounted);
    }

    public int nextPhase() {
        return phase + 1;
    }
}
