package se.klusterportalen.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A sum of funding in whole kronor, split by who pays, with the part that funds the base organisation.
 *
 * @param base            money for the base organisation (streams marked base), of all kinds
 * @param baseNonRegional the part of {@code base} not paid by the region
 */
public record FundingMix(long regional, long otherPublic, long privateFunding, long base, long baseNonRegional) {

    public static final FundingMix ZERO = new FundingMix(0, 0, 0, 0, 0);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static FundingMix of(FundingStreamSummary stream, long amount) {
        long regional = stream.kind() == StreamKind.REGIONAL ? amount : 0;
        long otherPublic = stream.kind() == StreamKind.OTHER_PUBLIC ? amount : 0;
        long privateFunding = stream.kind() == StreamKind.PRIVATE ? amount : 0;
        long base = stream.base() ? amount : 0;
        return new FundingMix(regional, otherPublic, privateFunding, base, stream.base() ? amount - regional : 0);
    }

    public FundingMix plus(FundingMix other) {
        return new FundingMix(Math.addExact(regional, other.regional), Math.addExact(otherPublic, other.otherPublic),
                Math.addExact(privateFunding, other.privateFunding), Math.addExact(base, other.base),
                Math.addExact(baseNonRegional, other.baseNonRegional));
    }

    /** The same mix with the region's base funding changed by {@code delta} kronor (what-if). */
    public FundingMix withRegionalBaseChangedBy(long delta) {
        return new FundingMix(regional + delta, otherPublic, privateFunding, base + delta, baseNonRegional);
    }

    public long total() {
        return regional + otherPublic + privateFunding;
    }

    public long nonRegional() {
        return otherPublic + privateFunding;
    }

    /** The region's share of all funding in percent with one decimal; empty when there is no funding at all. */
    public Optional<BigDecimal> regionalShare() {
        if (total() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(regional).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(total()), 1, RoundingMode.HALF_UP));
    }

    /** Non-regional kronor per regional krona, two decimals; empty when the region pays nothing. */
    public Optional<BigDecimal> leverage() {
        if (regional == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(nonRegional()).divide(BigDecimal.valueOf(regional), 2, RoundingMode.HALF_UP));
    }

    /** More than half of the base organisation's money comes from others than the region. */
    public boolean baseMostlyNonRegional() {
        return base > 0 && baseNonRegional * 2 > base;
    }
}
