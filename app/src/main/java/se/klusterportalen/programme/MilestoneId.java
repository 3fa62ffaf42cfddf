package se.klusterportalen.programme;

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

    public static MilestoneId parse(String text) {
        return new MilestoneId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
