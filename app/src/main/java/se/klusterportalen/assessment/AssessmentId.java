package se.klusterportalen.assessment;

import java.util.Objects;
import java.util.UUID;

public record AssessmentId(UUID value) {

    public AssessmentId {
        Objects.requireNonNull(value);
    }

    public static AssessmentId parse(String text) {
        return new AssessmentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
