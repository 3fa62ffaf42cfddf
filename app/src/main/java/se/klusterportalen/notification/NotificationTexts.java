package se.klusterportalen.notification;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.rejection.RejectionMessages;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The texts of notifications and their e-mails, Swedish and English, from the core's
 * {@code i18n/notification_sv.properties} and {@code _en} (the UI's message provider reads the same files), formatted
 * by the one rule {@link RejectionMessages#format}. Dates are ISO ("2026-12-20"), as in Sweden.
 */
final class NotificationTexts {

    private static final Map<String, String> SV = load("sv");
    private static final Map<String, String> EN = load("en");

    private NotificationTexts() {
    }

    /** The notification's sentence: {0} subject, {1} detail (round name, or the label level's name), {2} date. */
    static String sentence(NotificationKind kind, String subject, @Nullable String detail, @Nullable LocalDate date,
                           Locale locale) {
        String shownDetail = detail == null ? "" : detail;
        if (kind == NotificationKind.LABEL_EXPIRING_90 || kind == NotificationKind.LABEL_EXPIRING_30) {
            shownDetail = text("notification.label-level." + shownDetail, locale);
        }
        return text(kind.messageKey(), locale, subject, shownDetail, date == null ? "" : date.toString());
    }

    /** A text of the bundle with its arguments filled in; the key between exclamation marks if it has none. */
    static String text(String key, Locale locale, Object... arguments) {
        Locale language = RejectionMessages.language(locale);
        String pattern = (language == RejectionMessages.ENGLISH ? EN : SV).get(key);
        return pattern == null ? "!" + key + "!" : RejectionMessages.format(pattern, language, arguments);
    }

    private static Map<String, String> load(String language) {
        String name = "i18n/notification_" + language + ".properties";
        var properties = new Properties();
        try (var in = NotificationTexts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var texts = new java.util.HashMap<String, String>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return Map.copyOf(texts);
    }
}
