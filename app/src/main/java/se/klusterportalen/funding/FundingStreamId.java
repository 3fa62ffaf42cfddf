package se.klusterportalen.funding;

import java.util.Objects;
import java.util.UUID;

public record FundingStreamId(UUID value) {

    public FundingStreamId {
        Objects.requireNonNull(value);
    }

    public static FundingStreamId parse(String text) {
        return new FundingStreamId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
