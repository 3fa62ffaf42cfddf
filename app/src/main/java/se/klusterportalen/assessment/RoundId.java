package se.klusterportalen.assessment;

import java.util.Objects;
import java.util.UUID;

public record RoundId(UUID value) {

    public RoundId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
