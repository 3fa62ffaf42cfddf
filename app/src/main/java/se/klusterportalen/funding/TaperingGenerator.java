package se.klusterportalen.funding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Proposes the yearly base funding of a tapering plan. The start and end years get exactly the start amount and
 * the floor; the years between are rounded to the plan's unit and never leave the range between them, so the
 * proposal never rises. Linear plans round the first half of the years down and the second half up on a tie, so
 * that each pair of years mirrored around the middle sums exactly: with whole kronor the total differs from the
 * exact total by at most half a krona.
 */
public final class TaperingGenerator {

    private static final MathContext PRECISION = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TaperingGenerator() {
    }

    public static TaperingProposal propose(TaperingPlan plan) {
        return plan.shape() == TaperingShape.LINEAR ? linear(plan) : equalPercentage(plan);
    }

    private static TaperingProposal linear(TaperingPlan plan) {
        int years = plan.endYear() - plan.startYear();
        BigDecimal start = BigDecimal.valueOf(plan.startAmount());
        BigDecimal drop = BigDecimal.valueOf(plan.startAmount() - plan.floorAmount());
        SortedMap<Integer, Long> amounts = new TreeMap<>();
        amounts.put(plan.startYear(), plan.startAmount());
        for (int i = 1; i < years; i++) {
            BigDecimal exact = start.subtract(drop.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(years), PRECISION));
            RoundingMode tie = 2 * i <= years ? RoundingMode.HALF_DOWN : RoundingMode.HALF_UP;
            amounts.put(plan.startYear() + i, within(plan, round(exact, plan.roundingUnit(), tie)));
        }
        amounts.put(plan.endYear(), plan.floorAmount());
        BigDecimal step = drop.divide(BigDecimal.valueOf(years), 0, RoundingMode.HALF_UP);
        return new TaperingProposal(plan, amounts, step);
    }

    private static TaperingProposal equalPercentage(TaperingPlan plan) {
        int years = plan.endYear() - plan.startYear();
        BigDecimal start = BigDecimal.valueOf(plan.startAmount());
        BigDecimal factor = nthRoot(BigDecimal.valueOf(plan.floorAmount()).divide(start, PRECISION), years);
        SortedMap<Integer, Long> amounts = new TreeMap<>();
        amounts.put(plan.startYear(), plan.startAmount());
        BigDecimal exact = start;
        for (int i = 1; i < years; i++) {
            exact = exact.multiply(factor, PRECISION);
            amounts.put(plan.startYear() + i, within(plan, round(exact, plan.roundingUnit(), RoundingMode.HALF_UP)));
        }
        amounts.put(plan.endYear(), plan.floorAmount());
        BigDecimal step = BigDecimal.ONE.subtract(factor).multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
        return new TaperingProposal(plan, amounts, step);
    }

    private static long round(BigDecimal exact, long unit, RoundingMode mode) {
        BigDecimal units = BigDecimal.valueOf(unit);
        return exact.divide(units, 0, mode).multiply(units).longValueExact();
    }

    private static long within(TaperingPlan plan, long amount) {
        return Math.max(plan.floorAmount(), Math.min(plan.startAmount(), amount));
    }

    /** Newton's method from 1 downwards, in decimal arithmetic: the root of a ratio in (0, 1]. */
    static BigDecimal nthRoot(BigDecimal ratio, int n) {
        if (ratio.compareTo(BigDecimal.ONE) == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal x = BigDecimal.ONE;
        BigDecimal degree = BigDecimal.valueOf(n);
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(30);
        for (int i = 0; i < 10_000; i++) {
            BigDecimal next = x.multiply(degree.subtract(BigDecimal.ONE), PRECISION)
                    .add(ratio.divide(x.pow(n - 1, PRECISION), PRECISION), PRECISION)
                    .divide(degree, PRECISION);
            if (next.subtract(x).abs().compareTo(tolerance) < 0) {
                return next;
            }
            x = next;
        }
        return x;
    }
}
