package se.klusterportalen.programme;

import se.klusterportalen.rejection.Rejection;

import java.util.Objects;
import java.util.UUID;

public record GoalId(UUID value) {

    public GoalId {
        Objects.requireNonNull(value);
    }

    /**
     * The id in an address (a path or route parameter). A text that is no UUID names no goal, so it is refused like
     * an unknown id: {@link Rejection.NotFound} {@code programme.goal.not-found}.
     */
    public static GoalId parse(String text) {
        try {
            return new GoalId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new Rejection.NotFound("programme.goal.not-found");
        }
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
