package se.klusterportalen.assessment;

import java.util.List;

/**
 * Criterion codes the framework does not have. The message echoes at most {@value #ECHOED} of them, each cut to
 * {@value #ECHOED_LENGTH} characters, and says how many more there were (a request cannot make the answer large).
 */
public class UnknownCriteriaException extends IllegalArgumentException {

    static final int ECHOED = 5;
    static final int ECHOED_LENGTH = 20;

    private final List<String> codes;

    UnknownCriteriaException(List<String> codes) {
        super(message(codes));
        this.codes = List.copyOf(codes);
    }

    private static String message(List<String> codes) {
        var shown = codes.stream().limit(ECHOED)
                .map(code -> code.length() > ECHOED_LENGTH ? code.substring(0, ECHOED_LENGTH) + "…" : code).toList();
        String more = codes.size() > ECHOED ? " and " + (codes.size() - ECHOED) + " more" : "";
        return "Unknown criterion codes: " + String.join(", ", shown) + more;
    }

    public List<String> codes() {
        return codes;
    }
}
