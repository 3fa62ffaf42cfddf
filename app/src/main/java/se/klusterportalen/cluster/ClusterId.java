package se.klusterportalen.cluster;

import java.util.Objects;
import java.util.UUID;

public record ClusterId(UUID value) {

    public ClusterId {
        Objects.requireNonNull(value);
    }

    public static ClusterId parse(String text) {
        return new ClusterId(UUID.fromString(text));
    }

    /** A new id, chosen by a form when it opens so that a repeated save creates nothing more. */
    public static ClusterId random() {
        return new ClusterId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
