package se.klusterportalen.indicator;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The texts of import errors for the REST API, from {@code i18n/indicator-import_sv.properties} and {@code _en}
 * (the UI's message provider reads the same files). A key without a text here (e.g. {@code spreadsheet.error.*} of
 * the UI bundle) is answered with the key itself.
 */
final class ImportMessages {

    private static final Map<String, String> SV = load("sv");
    private static final Map<String, String> EN = load("en");

    private ImportMessages() {
    }

    static String text(IndicatorImportError error, Locale language) {
        String pattern = ("en".equals(language.getLanguage()) ? EN : SV).get(error.messageKey());
        if (pattern == null) {
            return error.messageKey();
        }
        return pattern.contains("{0}") ? new MessageFormat(pattern, language).format(new Object[]{error.text()})
                : pattern;
    }

    private static Map<String, String> load(String language) {
        String name = "i18n/indicator-import_" + language + ".properties";
        var properties = new Properties();
        try (var in = ImportMessages.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toUnmodifiableMap(key -> key, properties::getProperty));
    }
}
