package se.klusterportalen.programme;

import se.klusterportalen.rejection.Rejection;

import java.util.Objects;
import java.util.UUID;

public record MilestoneId(UUID value) {

    public MilestoneId {
        Objects.requireNonNull(value);
    }

    /** A new id, chosen by a form when it opens, so that its repeated "save" creates one milestone. */
    public static MilestoneId random() {
        return new MilestoneId(UUID.randomUUID());
    }

    /**
     * The id in an address (a path or route parameter). A text that is no UUID names no milestone, so it is refused
     * like an unknown id: {@link Rejection.NotFound} {@code programme.milestone.not-found}.
     */
    public static MilestoneId parse(String text) {
        try {
            return new MilestoneId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new Rejection.NotFound("programme.milestone.not-found");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
