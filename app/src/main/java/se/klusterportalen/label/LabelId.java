package se.klusterportalen.label;

import se.klusterportalen.rejection.Rejection;

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

    /**
     * The id in an address (a path or route parameter). A text that is no UUID names no label, so it is refused like
     * an unknown id: {@link Rejection.NotFound} {@code label.not-found}.
     */
    public static LabelId parse(String text) {
        try {
            return new LabelId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new Rejection.NotFound("label.not-found");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
