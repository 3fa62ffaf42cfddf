package se.klusterportalen.spreadsheet;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The readable reasons of import problems for the REST API, in Swedish (the default) or English: the same texts the
 * upload views show, from every {@code i18n/*_sv.properties} / {@code *_en.properties} on the class path (the
 * core's own, such as {@code spreadsheet_*}, and in the running portal the features' files as well).
 */
public final class ImportMessages {

    public static final Locale SWEDISH = Locale.of("sv", "SE");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final Map<String, Map<String, String>> TEXTS = new ConcurrentHashMap<>();

    private ImportMessages() {
    }

    /** Swedish unless the {@code Accept-Language} header prefers English over Swedish. */
    public static Locale language(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return SWEDISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage),
                    List.of(Locale.of("sv"), Locale.of("en")));
            return best != null && ENGLISH.getLanguage().equals(best.getLanguage()) ? ENGLISH : SWEDISH;
        } catch (IllegalArgumentException malformed) {
            return SWEDISH;
        }
    }

    /** The problem's reason as a sentence ("Excel-fel #N/A"); the key itself if no file has a text for it. */
    public static String message(ImportProblem problem, Locale language) {
        return problem.message(key -> text(key, language));
    }

    /** The text of a key in the language (English or Swedish); the key itself if there is none. */
    public static String text(String key, Locale language) {
        String code = ENGLISH.getLanguage().equals(language.getLanguage()) ? "en" : "sv";
        return TEXTS.computeIfAbsent(code, ImportMessages::load).getOrDefault(key, key);
    }

    private static Map<String, String> load(String language) {
        var texts = new HashMap<String, String>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_" + language + ".properties")) {
                var properties = new Properties();
                try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.stringPropertyNames().forEach(key -> texts.putIfAbsent(key, properties.getProperty(key)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(texts);
    }
}
