package se.klusterportalen.rejection;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A request the core refuses, and nothing was changed. Exactly four kinds, so that every caller (a view, the
 * REST API) handles them all:
 * <ul>
 * <li>{@link Invalid}: the input breaks a rule; one or more {@link FieldError}s, each a field (a component of the
 * input record, or an item such as a criterion code) with a message key and its arguments.</li>
 * <li>{@link Stale}: someone else saved the same data after the user loaded it (optimistic locking).</li>
 * <li>{@link NotFound}: the addressed record does not exist (or not in the caller's region).</li>
 * <li>{@link Forbidden}: the caller may not do this to this record (beyond the permission checks of method
 * security, which stay Spring's {@code AccessDeniedException}).</li>
 * </ul>
 * Message keys name texts in {@code i18n/rejection_*.properties} of the core (sv and en), read by
 * {@link RejectionMessages}, and by the UI's message provider. A programming error is never a rejection: it stays
 * an {@link IllegalArgumentException} or {@link IllegalStateException} and reaches the user as a generic error.
 */
public abstract sealed class Rejection extends RuntimeException
        permits Rejection.Invalid, Rejection.Stale, Rejection.NotFound, Rejection.Forbidden {

    private final String messageKey;
    private final transient List<Object> arguments;

    private Rejection(String messageKey, List<Object> arguments) {
        super(messageKey + (arguments.isEmpty() ? "" : " " + arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The key of the text that explains the whole rejection. */
    public String messageKey() {
        return messageKey;
    }

    /** The values the text's placeholders ({0}, {1}, …) show, in order. */
    public List<Object> arguments() {
        return arguments;
    }

    /**
     * What is wrong with one field of the input.
     *
     * @param field the input record's component name, or the item the error belongs to (e.g. a criterion code)
     * @param messageKey the key of the text that explains it
     * @param arguments the text's placeholder values
     */
    public record FieldError(String field, String messageKey, List<Object> arguments) {

        public FieldError {
            arguments = List.copyOf(arguments);
        }

        public FieldError(String field, String messageKey, Object... arguments) {
            this(field, messageKey, Arrays.asList(arguments));
        }
    }

    /** The input breaks one or more rules; nothing was saved. */
    public static final class Invalid extends Rejection {

        /** Key of the text for several errors at once ("{0} fields are wrong"). */
        public static final String SEVERAL = "rejection.invalid";

        private final transient List<FieldError> errors;

        /** One field is wrong. */
        public Invalid(String field, String messageKey, Object... arguments) {
            this(List.of(new FieldError(field, messageKey, arguments)));
        }

        /** Several fields are wrong (at least one). */
        public Invalid(List<FieldError> errors) {
            super(errors.size() == 1 ? errors.getFirst().messageKey() : SEVERAL,
                    errors.size() == 1 ? errors.getFirst().arguments() : List.of(errors.size()));
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an Invalid rejection needs at least one error");
            }
            this.errors = List.copyOf(errors);
        }

        /** One error per field: field → message key (no arguments), in the map's order. */
        public static Invalid of(Map<String, String> messageKeyByField) {
            return new Invalid(messageKeyByField.entrySet().stream()
                    .map(e -> new FieldError(e.getKey(), e.getValue())).toList());
        }

        public List<FieldError> errors() {
            return errors;
        }

        /** The first error of a field, if any. */
        public Optional<FieldError> error(String field) {
            return errors.stream().filter(e -> e.field().equals(field)).findFirst();
        }

        /** Field → message key of its first error, in the errors' order (for views that bind by field name). */
        public Map<String, String> messageKeyByField() {
            return errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey,
                    (first, second) -> first, LinkedHashMap::new));
        }
    }

    /** Someone else saved the same data after the user loaded it; nothing was overwritten. */
    public static final class Stale extends Rejection {

        public static final String GENERIC = "rejection.stale";

        public Stale() {
            this(GENERIC);
        }

        /** @param messageKey explains what changed, e.g. "someone else changed this plan" */
        public Stale(String messageKey, Object... arguments) {
            super(messageKey, Arrays.asList(arguments));
        }
    }

    /** The addressed record does not exist, or not in the caller's region. */
    public static final class NotFound extends Rejection {

        public static final String GENERIC = "rejection.not-found";

        public NotFound() {
            this(GENERIC);
        }

        public NotFound(String messageKey, Object... arguments) {
            super(messageKey, Arrays.asList(arguments));
        }
    }

    /** The caller may not do this to this record. */
    public static final class Forbidden extends Rejection {

        public static final String GENERIC = "rejection.forbidden";

        public Forbidden() {
            this(GENERIC);
        }

        public Forbidden(String messageKey, Object... arguments) {
            super(messageKey, Arrays.asList(arguments));
        }
    }
}
