package se.klusterportalen.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import se.klusterportalen.rejection.RejectionMessages;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All UI text, in Swedish (the default) and English: {@code i18n/<feature>_sv.properties} and
 * {@code i18n/<feature>_en.properties}, one pair per feature, so that features add texts without touching each
 * other's files. A key must be unique across features.
 */
@Component
public class MessagesI18NProvider implements I18NProvider {

    public static final Locale SWEDISH = Locale.of("sv", "SE");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final Map<String, Map<String, String>> TEXTS_BY_LANGUAGE = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(SWEDISH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = texts(locale).get(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return RejectionMessages.format(pattern, locale, params);
    }

    /** See {@link RejectionMessages#format}: the core's and the UI's texts follow one rule. */
    static boolean isPattern(String text) {
        return RejectionMessages.isPattern(text);
    }

    /** Every text of a language, from all features' files. */
    static Map<String, String> texts(Locale locale) {
        String language = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "sv";
        return TEXTS_BY_LANGUAGE.computeIfAbsent(language, MessagesI18NProvider::load);
    }

    private static Map<String, String> load(String language) {
        var texts = new TreeMap<String, String>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_" + language + ".properties");
            for (Resource file : files) {
                var properties = new Properties();
                try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (String key : properties.stringPropertyNames()) {
                    if (texts.put(key, properties.getProperty(key)) != null) {
                        throw new IllegalStateException("Text key " + key + " is defined twice (" + file + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(texts);
    }
}
