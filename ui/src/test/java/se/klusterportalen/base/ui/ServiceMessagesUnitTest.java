package se.klusterportalen.base.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services answer bad input (and import files' errors) with message keys; the views show them with
 * getTranslation. Every such key in the core's feature packages must have a text in both languages.
 * ({@code security.Permission} holds permission names, not texts, so it is not scanned.)
 */
class ServiceMessagesUnitTest {

    private static final Path CORE = Path.of("../app/src/main/java/se/klusterportalen");
    private static final Pattern KEY = Pattern.compile(
            "\"((?:label|programme|funding|cluster|spreadsheet|assessment|region)\\.[a-z0-9-]+(?:\\.[a-zA-Z0-9-]+)*)\"");

    /** A file name the core writes ("region.xlsx", the cluster drill's "cluster.properties"), not a message key. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(xlsx|pdf|csv|tsv|json|properties)");

    @Test
    void everyMessageKeyTheServicesThrowHasSwedishAndEnglishText() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(CORE)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(CORE.resolve("security"))).toList()) {
                var matcher = KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!FILE_NAME.matcher(matcher.group(1)).matches()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        keys.add(se.klusterportalen.security.UserDirectory.UnavailableException.MESSAGE_KEY);
        var messages = new MessagesI18NProvider();

        assertThat(keys).contains("label.score.gold-minimum", "programme.stale", "funding.import.error.unknown-stream",
                "spreadsheet.error.unreadable", "cluster.import.error.unknown-county");
        for (var locale : messages.getProvidedLocales()) {
            assertThat(keys).allSatisfy(key -> assertThat(messages.getTranslation(key, locale)).as(key)
                    .doesNotStartWith("!"));
        }
    }
}
