package se.klusterportalen.assessment.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key the assessment service reports (errors, validation) has a text in both languages. */
class AssessmentMessagesUnitTest {

    private static final Pattern KEY = Pattern.compile("\"(assessment\\.(?:error|round\\.error)\\.[a-z-]+)\"");

    @Test
    void everyKeyTheServiceReportsHasATextInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("../app/src/main/java/se/klusterportalen/assessment"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(10);
        for (Locale locale : new se.klusterportalen.base.ui.MessagesI18NProvider().getProvidedLocales()) {
            var provider = new se.klusterportalen.base.ui.MessagesI18NProvider();
            assertThat(keys).allSatisfy(key ->
                    assertThat(provider.getTranslation(key, locale)).as(key).doesNotStartWith("!"));
        }
    }
}
