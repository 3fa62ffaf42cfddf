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

    @Override
    public String toString() {
        return value.toString();
    }
}
