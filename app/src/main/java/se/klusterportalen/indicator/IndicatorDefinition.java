package se.klusterportalen.indicator;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * An indicator of the region's catalogue.
 *
 * @param gender    {@code null} for a total or an indicator not broken down; else the part it counts
 * @param total     the indicator this one breaks down by gender ({@code null} when none)
 * @param summable  whether adding the clusters' values makes sense (counts do, shares do not)
 * @param sortOrder where it stands in lists
 */
public record IndicatorDefinition(UUID id, String nameSv, @Nullable String nameEn, @Nullable String unit,
                                  @Nullable String definition, @Nullable Gender gender, @Nullable UUID total,
                                  boolean summable, int sortOrder) {

    /** The name in the language asked for, Swedish when there is no English name. */
    public String name(boolean english) {
        return english && nameEn != null ? nameEn : nameSv;
    }
}
