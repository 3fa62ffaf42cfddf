package se.klusterportalen.funding;

import java.util.OptionalLong;

/**
 * A cluster's amount for one stream and year, in whole kronor.
 *
 * @param actual the outcome (utfall), empty until the year is reported
 */
public record FundingAmountValue(FundingStreamId stream, int year, long planned, OptionalLong actual) {

    public FundingAmountValue {
        if (planned < 0 || actual.orElse(0) < 0) {
            throw new IllegalArgumentException("funding.amount.negative");
        }
    }

    public StreamYear cell() {
        return new StreamYear(stream, year);
    }
}
