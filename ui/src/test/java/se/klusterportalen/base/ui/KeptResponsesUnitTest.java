package se.klusterportalen.base.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept answer (issue #19): characters above U+00FF become JSON escapes, so the string is stored at one byte per
 * character, and the browser that gets it again reads the same JSON; between requests it is held deflated and is back,
 * exactly as the browser read it, when the next request of that UI starts (a resent message is answered with it).
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

    @Test
    void theKeptAnswerIsHeldDeflatedBetweenRequestsAndIsBackExactlyAtTheNextRequest() {
        var ui = new UI();
        var answer = new StringBuilder("{\"syncId\":5,\"changes\":[");
        for (int node = 1; node <= 300; node++) {
            answer.append("{\"node\":").append(node).append(",\"type\":\"put\",\"key\":\"text\",\"feat\":7,")
                    .append("\"value\":\"Kluster ").append(node).append(" – Skåne\"},");
        }
        answer.append("{}]}");
        ui.getInternals().setLastRequestResponse(answer.toString());

        KeptResponses.pack(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).as("Vaadin's slot is empty between requests").isNull();
        var packed = com.vaadin.flow.component.ComponentUtil.getData(ui, KeptResponses.Packed.class);
        assertThat(packed.deflated().length).as("deflated").isLessThan(answer.length() / 4);

        KeptResponses.unpack(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(KeptResponses.latin1(answer.toString()));
        assertThat(JSON.readTree(ui.getInternals().getLastRequestResponse())).isEqualTo(JSON.readTree(answer.toString()));
        assertThat(com.vaadin.flow.component.ComponentUtil.getData(ui, KeptResponses.Packed.class)).isNull();
    }

    @Test
    void aNewerAnswerIsNeverReplacedByAnOlderPackedOne() {
        var ui = new UI();
        ui.getInternals().setLastRequestResponse("{\"syncId\":1}");
        KeptResponses.pack(ui);
        ui.getInternals().setLastRequestResponse("{\"syncId\":2}"); // another request of the UI answered meanwhile

        KeptResponses.unpack(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo("{\"syncId\":2}");
        KeptResponses.pack(ui);
        KeptResponses.unpack(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo("{\"syncId\":2}");
    }

    @Test
    void aUiWithoutAnAnswerStaysWithout() {
        var ui = new UI();

        KeptResponses.pack(ui);
        KeptResponses.unpack(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
    }
}
