package se.klusterportalen.rejection;

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
 * Every message key the core puts into a rejection ({@code new Rejection.X(…)}, {@code Invalid.of(…)},
 * {@code new FieldError(…)}) has a text in the core's bundle, in Swedish and in English — so the REST API can
 * always send a sentence, and the UI reads the same text.
 */
class RejectionKeysUnitTest {

    private static final Path CORE = Path.of("src/main/java/se/klusterportalen");
    private static final Pattern REJECTION = Pattern.compile(
            "(?:new Rejection\\.\\w+|Rejection\\.Invalid\\.of|new (?:Rejection\\.)?FieldError)\\(([^;]*)");
    private static final Pattern KEY = Pattern.compile("\"([a-z]+\\.[a-z0-9-]+(?:\\.[a-zA-Z0-9-]+)*)\"");

    @Test
    void everyKeyARejectionCarriesHasSwedishAndEnglishText() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(CORE)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var rejection = REJECTION.matcher(Files.readString(source));
                while (rejection.find()) {
                    var key = KEY.matcher(rejection.group(1));
                    while (key.find()) {
                        keys.add(key.group(1));
                    }
                }
            }
        }

        assertThat(keys).contains("programme.stale", "label.score.gold-minimum", "region.error.code");
        assertThat(RejectionMessages.texts(RejectionMessages.SWEDISH)).containsKeys(keys.toArray(String[]::new));
        assertThat(RejectionMessages.texts(RejectionMessages.ENGLISH)).containsKeys(keys.toArray(String[]::new));
    }
}
