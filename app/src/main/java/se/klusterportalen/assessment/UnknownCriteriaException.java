package se.klusterportalen.assessment;

import java.util.List;

/** Criterion codes the framework does not have. */
public class UnknownCriteriaException extends IllegalArgumentException {

    private final List<String> codes;

    UnknownCriteriaException(List<String> codes) {
        super("Unknown criterion codes: " + String.join(", ", codes));
        this.codes = List.copyOf(codes);
    }

    public List<String> codes() {
        return codes;
    }
}
