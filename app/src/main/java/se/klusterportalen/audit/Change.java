package se.klusterportalen.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.text.Collation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One entry of a record's history as readers get it (the history pages and {@code /api/v1/.../history}): who, in
 * which region, when (UTC), and each changed field's old and new value as text. Texts: enum constants by name,
 * yes/no as {@code true}/{@code false}, dates ISO 8601, amounts whole kronor, decimals without trailing zeros, lists
 * joined with ", " in Swedish collation; a value that was not set is "".
 *
 * @param username        who made the change ({@code system} for the platform's own work)
 * @param userDisplayName their name as the user directory knows it (the username when it does not)
 * @param region          the code of the region the change was made in
 * @param subject         what kind of record changed, e.g. {@code PROGRAMME}, {@code GOAL}, {@code AMOUNT}
 * @param subjectLabel    which record, for a reader: a title, a year, a criterion's code
 */
@Schema(name = "Change", description = "One audited change: who, region, when (UTC), and old → new per field")
public record Change(Instant at, String username, String userDisplayName, @Nullable String region, String subject,
                     String subjectLabel, AuditRevision.Kind kind, List<Field> fields) {

    public Change {
        fields = List.copyOf(fields);
    }

    /** A field's value before and after the change, as text ("" when not set). */
    @Schema(name = "ChangedField")
    public record Field(String name, String oldValue, String newValue) {
    }

    /** The changes newest first; changes of the same moment keep their order. */
    public static List<Change> newestFirst(Collection<Change> changes) {
        return changes.stream().sorted(java.util.Comparator.comparing(Change::at).reversed()).toList();
    }

    /** A value as the history shows it. */
    static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case Enum<?> constant -> constant.name();
            case BigDecimal number -> number.stripTrailingZeros().toPlainString();
            case Collection<?> items -> items.stream().map(Change::text).sorted(Collation.SWEDISH)
                    .collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }
}
