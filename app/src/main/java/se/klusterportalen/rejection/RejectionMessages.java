package se.klusterportalen.rejection;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The texts of rejections in Swedish (the default) and English, from {@code i18n/rejection_sv.properties} and
 * {@code i18n/rejection_en.properties} of the core. The UI's message provider reads the same files, so a text has
 * one source. Placeholders are {@link MessageFormat}'s, formatted in the requested language.
 */
public final class RejectionMessages {

    public static final Locale SWEDISH = Locale.of("sv", "SE");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[,}]");
    private static final Map<String, String> SV = load("sv");
    private static final Map<String, String> EN = load("en");

    private RejectionMessages() {
    }

    /** English if the locale's language is English, Swedish for everything else. */
    public static Locale language(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : SWEDISH;
    }

    /** Swedish unless an HTTP {@code Accept-Language} header prefers English over Swedish (also when malformed). */
    public static Locale language(@org.jspecify.annotations.Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return SWEDISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), List.of(Locale.of("sv"), Locale.of("en")));
            return best == null ? SWEDISH : language(best);
        } catch (IllegalArgumentException malformedHeader) {
            return SWEDISH;
        }
    }

    /**
     * The text of a key in the locale's language with its arguments filled in; the key itself, between
     * exclamation marks, if there is no such text (the sync test keeps that from happening).
     */
    public static String text(String messageKey, List<Object> arguments, Locale locale) {
        Locale language = language(locale);
        String pattern = (language == ENGLISH ? EN : SV).get(messageKey);
        if (pattern == null) {
            return "!" + messageKey + "!";
        }
        return format(pattern, language, arguments.toArray());
    }

    /**
     * The one formatting rule of every text, core and UI alike: a text with a placeholder ({@code {0}}) is a
     * {@link MessageFormat} pattern whether or not arguments are passed (its apostrophes are written doubled,
     * {@code Region''s {0}}); a text without one is shown as written.
     */
    public static String format(String text, Locale locale, Object... arguments) {
        return isPattern(text) ? new MessageFormat(text, locale).format(arguments) : text;
    }

    /** Whether {@link #format} treats the text as a {@link MessageFormat} pattern. */
    public static boolean isPattern(String text) {
        return PLACEHOLDER.matcher(text).find();
    }

    /** The text of one field error. */
    public static String text(Rejection.FieldError error, Locale locale) {
        return text(error.messageKey(), error.arguments(), locale);
    }

    /**
     * A readable sentence for the whole rejection: its text, and for several field errors the text of each
     * after the summary.
     */
    public static String detail(Rejection rejection, Locale locale) {
        String summary = text(rejection.messageKey(), rejection.arguments(), locale);
        if (rejection instanceof Rejection.Invalid invalid && invalid.errors().size() > 1) {
            return summary + " " + invalid.errors().stream().map(e -> text(e, locale))
                    .collect(Collectors.joining(" "));
        }
        return summary;
    }

    /** Every key of a language's file (for tests that keep the two languages in step). */
    public static Map<String, String> texts(Locale locale) {
        return language(locale) == ENGLISH ? EN : SV;
    }

    private static Map<String, String> load(String language) {
        String name = "i18n/rejection_" + language + ".properties";
        var properties = new Properties();
        try (var in = RejectionMessages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toUnmodifiableMap(key -> key, properties::getProperty));
    }
}
