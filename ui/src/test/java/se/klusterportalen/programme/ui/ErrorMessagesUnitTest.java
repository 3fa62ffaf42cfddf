package se.klusterportalen.programme.ui;

import org.junit.jupiter.api.Test;
import se.klusterportalen.base.ui.MessagesI18NProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The label and programme services answer bad input with message keys; the views show them with getTranslation.
 * Every such key in the core's source must have a text in both languages.
 */
class ErrorMessagesUnitTest {

    private static final Pattern KEY = Pattern.compile("\"((?:label|programme)\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)\"");

    @Test
    void everyMessageKeyTheServicesThrowHasSwedishAndEnglishText() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String feature : new String[]{"label", "programme"}) {
            try (Stream<Path> sources = Files.walk(Path.of("../app/src/main/java/se/klusterportalen", feature))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    var matcher = KEY.matcher(Files.readString(source));
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        var messages = new MessagesI18NProvider();

        assertThat(keys).contains("label.score.gold-minimum", "programme.milestone.quarter.invalid", "programme.stale");
        for (var locale : messages.getProvidedLocales()) {
            assertThat(keys).allSatisfy(key -> assertThat(messages.getTranslation(key, locale)).as(key)
                    .doesNotStartWith("!"));
        }
    }
}
