package se.klusterportalen.label;

/** Input the label rules refuse; the message is a message key, {@link #field()} the field it belongs to. */
public class LabelInputException extends IllegalArgumentException {

    private final String field;

    LabelInputException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
