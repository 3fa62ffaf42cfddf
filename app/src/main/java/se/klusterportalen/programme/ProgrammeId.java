package se.klusterportalen.programme;

import java.util.Objects;
import java.util.UUID;

public record ProgrammeId(UUID value) {

    public ProgrammeId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
