package se.klusterportalen.assessment;

import java.util.Map;

/**
 * Input the rules refuse; nothing was saved. Problems are message keys per item (a criterion code such as
 * {@code S2.1}, an area code, or {@code "assessment"} for the whole).
 */
public class AssessmentInvalidException extends IllegalArgumentException {

    private final Map<String, String> problems;

    AssessmentInvalidException(Map<String, String> problems) {
        super("Invalid assessment input: " + problems);
        this.problems = Map.copyOf(problems);
    }

    AssessmentInvalidException(String item, String messageKey) {
        this(Map.of(item, messageKey));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
