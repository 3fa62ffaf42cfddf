package se.klusterportalen.cluster;

import java.util.Map;

/**
 * Input the service refused. {@link #errors()} maps each field of {@link ClusterDraft} (or "members",
 * "contacts", "area") to the message key that explains what is wrong with it.
 */
public class ClusterValidationException extends IllegalArgumentException {

    private final Map<String, String> errors;

    public ClusterValidationException(Map<String, String> errors) {
        super(String.join(", ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
