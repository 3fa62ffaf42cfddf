package se.klusterportalen.base.ui;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept answer (issue #19): characters above U+00FF become JSON escapes, so the string is stored at one byte per
 * character, and the browser that gets it again reads the same JSON.
 */
class KeptResponsesUnitTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void charactersAboveLatin1BecomeEscapesAndTheJsonStaysTheSame() {
        String answer = "{\"syncId\":3,\"execute\":[[\"Översikt – Klusterportalen\",\"document.title = $0\"]],"
                + "\"changes\":[{\"node\":7,\"value\":\"−1 250 000 kr → 2026 😀\"}]}";

        String kept = KeptResponses.latin1(answer);

        assertThat(kept.chars()).allMatch(c -> c <= 0xFF);
        assertThat(kept).contains("Översikt \\u2013 Klusterportalen").contains("\\u2212").contains("\\u2192")
                .contains("\\ud83d\\ude00");
        assertThat(JSON.readTree(kept)).isEqualTo(JSON.readTree(answer));
    }

    @Test
    void anAnswerInLatin1IsKeptAsItIs() {
        String answer = "{\"syncId\":4,\"changes\":[{\"node\":2,\"value\":\"Skåne, 1 250 000 kr\"}]}";

        assertThat(KeptResponses.latin1(answer)).isSameAs(answer);
    }
}
