package se.klusterportalen.label;

/** Someone else saved the same label data since the user loaded it; nothing was overwritten. */
public class LabelChangedException extends RuntimeException {

    public static final String MESSAGE_KEY = "label.stale";

    LabelChangedException() {
        super(MESSAGE_KEY);
    }
}
