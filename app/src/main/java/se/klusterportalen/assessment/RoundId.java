package se.klusterportalen.assessment;

import java.util.Objects;
import java.util.UUID;

public record RoundId(UUID value) {

    public RoundId {
        Objects.requireNonNull(value);
    }

    /** A new id, chosen by a form when it opens so that a repeated save creates nothing more. */
    public static RoundId random() {
        return new RoundId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
