package se.klusterportalen.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The phases computed from the met criteria: per dimension, and overall (the mode of the five).
 *
 * @param tiedPhases the equally frequent phases the overall phase was chosen from (one element without a tie)
 * @param mean       the mean of the dimension phases, used to break a tie
 */
public record PhaseEvaluation(int frameworkVersion, List<DimensionPhase> dimensions, int overall, TieBreak tieBreak,
                              List<Integer> tiedPhases, BigDecimal mean) {

    public PhaseEvaluation {
        dimensions = List.copyOf(dimensions);
        tiedPhases = List.copyOf(tiedPhases);
    }

    /**
     * The overall phase as every table shows it: the number, marked {@code *} when two phases tied and the one
     * closest to the mean was taken, {@code **} when they were equally close and the lower was taken ("2", "2*").
     */
    public String overallMarked() {
        return overall + switch (tieBreak) {
            case NONE -> "";
            case CLOSEST_TO_MEAN -> "*";
            case LOWER_OF_EQUALLY_CLOSE -> "**";
        };
    }

    public int phaseOf(String dimensionCode) {
        return dimension(dimensionCode).phase();
    }

    public DimensionPhase dimension(String dimensionCode) {
        for (DimensionPhase dimension : dimensions) {
            if (dimension.dimensionCode().equals(dimensionCode)) {
                return dimension;
            }
        }
        throw new java.util.NoSuchElementException("No dimension " + dimensionCode);
    }
}
