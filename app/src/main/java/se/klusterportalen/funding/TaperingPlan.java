package se.klusterportalen.funding;

import se.klusterportalen.rejection.Rejection;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * How the region's base funding of a cluster falls: from {@code startAmount} in {@code startYear} to
 * {@code floorAmount} in {@code endYear}. Invalid plans are refused with
 * {@link Rejection.Invalid} on the component at fault ({@code startAmount}, {@code floorAmount}, {@code endYear},
 * {@code roundingUnit}).
 *
 * @param roundingUnit the years between start and end are rounded to multiples of this (1 kr, 1 000 kr ...)
 */
public record TaperingPlan(int startYear, long startAmount, int endYear, long floorAmount, TaperingShape shape,
                           long roundingUnit) {

    public static final long WHOLE_KRONOR = 1;
    public static final long THOUSANDS = 1_000;

    public TaperingPlan {
        Objects.requireNonNull(shape, "shape");
        if (startAmount < 0) {
            throw new Rejection.Invalid("startAmount", "funding.amount.negative");
        }
        if (floorAmount < 0) {
            throw new Rejection.Invalid("floorAmount", "funding.amount.negative");
        }
        if (endYear < startYear) {
            throw new Rejection.Invalid("endYear", "funding.tapering.end-before-start");
        }
        if (endYear == startYear) {
            throw new Rejection.Invalid("endYear", "funding.tapering.one-year");
        }
        if (floorAmount > startAmount) {
            throw new Rejection.Invalid("floorAmount", "funding.tapering.floor-above-start");
        }
        if (shape == TaperingShape.EQUAL_PERCENTAGE && floorAmount == 0) {
            throw new Rejection.Invalid("floorAmount", "funding.tapering.percentage-needs-floor");
        }
        if (roundingUnit < 1) {
            throw new Rejection.Invalid("roundingUnit", "funding.tapering.rounding-invalid");
        }
    }

    public TaperingPlan(int startYear, long startAmount, int endYear, long floorAmount, TaperingShape shape) {
        this(startYear, startAmount, endYear, floorAmount, shape, WHOLE_KRONOR);
    }

    public List<Integer> years() {
        return IntStream.rangeClosed(startYear, endYear).boxed().toList();
    }

    public boolean covers(int year) {
        return year >= startYear && year <= endYear;
    }

    /** The same plan with another floor, for what-if. */
    public TaperingPlan withFloor(long floor) {
        return new TaperingPlan(startYear, startAmount, endYear, floor, shape, roundingUnit);
    }

    public TaperingPlan withShape(TaperingShape newShape) {
        return new TaperingPlan(startYear, startAmount, endYear, floorAmount, newShape, roundingUnit);
    }
}
