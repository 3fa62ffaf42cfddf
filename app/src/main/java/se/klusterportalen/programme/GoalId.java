package se.klusterportalen.programme;

import java.util.Objects;
import java.util.UUID;

public record GoalId(UUID value) {

    public GoalId {
        Objects.requireNonNull(value);
    }

    public static GoalId parse(String text) {
        return new GoalId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
