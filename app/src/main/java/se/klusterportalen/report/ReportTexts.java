package se.klusterportalen.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/** The reports' texts in Swedish (default) or English, from {@code i18n/report_sv|en.properties} of the core. */
final class ReportTexts {

    private static final Properties SV = load("sv");
    private static final Properties EN = load("en");

    private final Locale language;
    private final Properties texts;

    ReportTexts(Locale requested) {
        boolean english = "en".equals(requested.getLanguage());
        this.language = english ? Locale.ENGLISH : Locale.of("sv", "SE");
        this.texts = english ? EN : SV;
    }

    Locale language() {
        return language;
    }

    String t(String key, Object... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }

    private static Properties load(String language) {
        var properties = new Properties();
        try (var in = Objects.requireNonNull(ReportTexts.class.getResourceAsStream("/i18n/report_" + language
                + ".properties"))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
