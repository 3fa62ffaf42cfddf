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

    /** A new id, chosen by a form when it opens so that a repeated save creates nothing more. */
    public static GoalId random() {
        return new GoalId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
