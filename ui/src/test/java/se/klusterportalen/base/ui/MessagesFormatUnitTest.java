package se.klusterportalen.base.ui;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of every bundle, formatted the way {@link MessagesI18NProvider} formats it with sample arguments:
 * fails on a placeholder left unfilled (a lone apostrophe quotes "{0}" away in MessageFormat) and on an apostrophe
 * lost or doubled on the screen.
 */
class MessagesFormatUnitTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern LEFT_OVER = Pattern.compile("\\{\\d");

    @Test
    void everyTextFormatsWithItsArgumentsAndKeepsItsApostrophes() {
        var provider = new MessagesI18NProvider();
        for (Locale locale : provider.getProvidedLocales()) {
            MessagesI18NProvider.texts(locale).forEach((key, text) -> {
                if (!MessagesI18NProvider.isPattern(text)) {
                    assertThat(text).as("%s (%s) has no placeholder, so it is shown as written", key, locale)
                            .doesNotContain("''");
                }
                Object[] samples = samples(text);
                String shown = provider.getTranslation(key, locale, samples);
                assertThat(shown).as("%s (%s): %s", key, locale, text).doesNotContainPattern(LEFT_OVER);
                assertThat(apostrophes(shown)).as("apostrophes shown for %s (%s): %s", key, locale, text)
                        .isEqualTo(expectedApostrophes(text));
                for (int i = 0; i < samples.length; i++) {
                    if (text.contains("{" + i + "}")) {
                        assertThat(shown).as("%s (%s) shows argument %d", key, locale, i).contains(samples[i].toString());
                    }
                }
            });
        }
    }

    @Test
    void theKnownCaseFillsItsYear() {
        assertThat(new MessagesI18NProvider().getTranslation("overview.funding.cost", MessagesI18NProvider.ENGLISH, "2021"))
                .isEqualTo("Region's cost 2021, planned");
    }

    /** A pattern shows {@code ''} as one apostrophe; a plain text shows what is written. */
    private static long expectedApostrophes(String text) {
        return MessagesI18NProvider.isPattern(text) ? apostrophes(text.replace("''", "'")) : apostrophes(text);
    }

    private static long apostrophes(String text) {
        return text.chars().filter(c -> c == '\'').count();
    }

    /** One distinct sample per placeholder: "arg0", "arg1", … (strings fit every {n} without a format type). */
    private static Object[] samples(String text) {
        int count = 0;
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            count = Math.max(count, Integer.parseInt(matcher.group(1)) + 1);
        }
        Object[] samples = new Object[count];
        for (int i = 0; i < count; i++) {
            samples[i] = text.contains("{" + i + ",number") || text.contains("{" + i + ",choice") ? (Object) (i + 7) : "arg" + i;
        }
        return samples;
    }

}
