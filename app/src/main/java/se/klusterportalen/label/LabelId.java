package se.klusterportalen.label;

import java.util.Objects;
import java.util.UUID;

public record LabelId(UUID value) {

    public LabelId {
        Objects.requireNonNull(value);
    }

    /** A new id, chosen by a form when it opens so that a repeated save creates nothing more. */
    public static LabelId random() {
        return new LabelId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
