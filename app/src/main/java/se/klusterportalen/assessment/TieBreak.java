package se.klusterportalen.assessment;

/** How the overall phase was chosen among the five dimension phases. */
public enum TieBreak {
    /** One phase was the most frequent. */
    NONE,
    /** Two phases were equally frequent; the one closest to the mean was taken. */
    CLOSEST_TO_MEAN,
    /** Two phases were equally frequent and equally close to the mean; the lower was taken (conservative). */
    LOWER_OF_EQUALLY_CLOSE
}
