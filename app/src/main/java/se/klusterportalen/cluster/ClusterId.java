package se.klusterportalen.cluster;

import se.klusterportalen.rejection.Rejection;

import java.util.Objects;
import java.util.UUID;

public record ClusterId(UUID value) {

    public ClusterId {
        Objects.requireNonNull(value);
    }

    /**
     * The id in an address (a path or route parameter). A text that is no UUID names no cluster, so it is refused
     * like an unknown id: {@link Rejection.NotFound} {@code cluster.error.not-found}.
     */
    public static ClusterId parse(String text) {
        try {
            return new ClusterId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new Rejection.NotFound("cluster.error.not-found");
        }
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
