package se.klusterportalen.region;

/** Input the region rules refuse; the message is a message key, {@link #field()} the field it belongs to. */
public class RegionInputException extends IllegalArgumentException {

    private final String field;

    RegionInputException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
