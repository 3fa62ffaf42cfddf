package se.klusterportalen.programme;

import se.klusterportalen.rejection.Rejection;

import java.util.Objects;
import java.util.UUID;

public record ProgrammeId(UUID value) {

    public ProgrammeId {
        Objects.requireNonNull(value);
    }

    /** A new id, chosen by a form when it opens so that a repeated save creates nothing more. */
    public static ProgrammeId random() {
        return new ProgrammeId(UUID.randomUUID());
    }

    /**
     * The id in an address (a path or route parameter). A text that is no UUID names no programme, so it is
     * refused like an unknown id: {@link Rejection.NotFound} {@code programme.not-found}.
     */
    public static ProgrammeId parse(String text) {
        try {
            return new ProgrammeId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new Rejection.NotFound("programme.not-found");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
