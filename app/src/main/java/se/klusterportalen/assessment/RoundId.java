package se.klusterportalen.assessment;

import se.klusterportalen.rejection.Rejection;

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

    /**
     * The id in an address (a path or route parameter). A text that is no UUID names no round, so it is refused like
     * an unknown id: {@link Rejection.NotFound} {@code assessment.round.not-found}.
     */
    public static RoundId parse(String text) {
        try {
            return new RoundId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new Rejection.NotFound("assessment.round.not-found");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
