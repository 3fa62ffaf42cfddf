package se.klusterportalen.programme;

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

    @Override
    public String toString() {
        return value.toString();
    }
}
