package se.klusterportalen.notification;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * One notification as its recipient sees it.
 *
 * @param subject   what it is about: the cluster's name, or the milestone's title
 * @param detail    the round's name (assessments) or the label level (labels), if any
 * @param dueDate   the label's last day of validity, or the milestone's due date, if any
 * @param link      the portal route of the record, without a leading slash (e.g. {@code assessments/<id>})
 * @param createdAt when the portal raised it (UTC)
 * @param readAt    when the recipient marked it read, empty while unread
 */
public record NotificationRecord(NotificationId id, NotificationKind kind, String subject, @Nullable String detail,
                                 Optional<LocalDate> dueDate, String link, Instant createdAt, Optional<Instant> readAt) {

    public boolean unread() {
        return readAt.isEmpty();
    }

    /** The sentence in the language of the locale (Swedish unless English), e.g. "Mobile Heights har lämnat in …". */
    public String text(Locale locale) {
        return NotificationTexts.sentence(kind, subject, detail, dueDate.orElse(null), locale);
    }
}
