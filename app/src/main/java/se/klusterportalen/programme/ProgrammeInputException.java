package se.klusterportalen.programme;

/** Input the programme rules refuse; the message is a message key, {@link #field()} the field it belongs to. */
public class ProgrammeInputException extends IllegalArgumentException {

    private final String field;

    ProgrammeInputException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
