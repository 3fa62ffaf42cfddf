package se.klusterportalen.funding;

import se.klusterportalen.rejection.Rejection;

import java.util.OptionalLong;

/**
 * A cluster's amount for one stream and year, in whole kronor.
 *
 * @param actual the outcome (utfall), empty until the year is reported
 * @throws Rejection.Invalid for a negative amount (field {@code planned} or {@code actual})
 */
public record FundingAmountValue(FundingStreamId stream, int year, long planned, OptionalLong actual) {

    public FundingAmountValue {
        if (planned < 0) {
            throw new Rejection.Invalid("planned", "funding.amount.negative");
        }
        if (actual.orElse(0) < 0) {
            throw new Rejection.Invalid("actual", "funding.amount.negative");
        }
    }

    public StreamYear cell() {
        return new StreamYear(stream, year);
    }
}
