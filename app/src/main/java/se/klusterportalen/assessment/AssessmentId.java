package se.klusterportalen.assessment;

import se.klusterportalen.rejection.Rejection;

import java.util.Objects;
import java.util.UUID;

public record AssessmentId(UUID value) {

    public AssessmentId {
        Objects.requireNonNull(value);
    }

    /**
     * The id in an address (a path or route parameter). A text that is no UUID names no assessment, so it is
     * refused like an unknown id: {@link Rejection.NotFound} {@code assessment.error.not-found}.
     */
    public static AssessmentId parse(String text) {
        try {
            return new AssessmentId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new Rejection.NotFound("assessment.error.not-found");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
