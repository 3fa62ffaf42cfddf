package se.klusterportalen.programme;

import java.util.Objects;
import java.util.UUID;

public record MilestoneId(UUID value) {

    public MilestoneId {
        Objects.requireNonNull(value);
    }

    public static MilestoneId parse(String text) {
        return new MilestoneId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
