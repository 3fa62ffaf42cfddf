package se.klusterportalen.rejection;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RejectionMessagesUnitTest {

    @Test
    void swedishAndEnglishHaveTheSameKeysAndNoEmptyText() {
        var swedish = RejectionMessages.texts(RejectionMessages.SWEDISH);
        var english = RejectionMessages.texts(RejectionMessages.ENGLISH);

        assertThat(english.keySet()).isEqualTo(swedish.keySet());
        assertThat(swedish).containsKeys(Rejection.Invalid.SEVERAL, Rejection.Stale.GENERIC,
                Rejection.NotFound.GENERIC, Rejection.Forbidden.GENERIC);
        assertThat(swedish).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        assertThat(english).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void swedishIsTheDefaultAndEnglishIsChosenByLanguage() {
        var rejection = new Rejection.NotFound();

        assertThat(RejectionMessages.detail(rejection, Locale.GERMAN))
                .isEqualTo("Det du söker finns inte, eller inte i din region.");
        assertThat(RejectionMessages.detail(rejection, Locale.US))
                .isEqualTo("What you are looking for does not exist, or not in your region.");
    }

    @Test
    void severalFieldErrorsAreSummedUpAndEachExplained() {
        var invalid = new Rejection.Invalid(List.of(
                new Rejection.FieldError("a", Rejection.Forbidden.GENERIC),
                new Rejection.FieldError("b", Rejection.NotFound.GENERIC)));

        assertThat(invalid.messageKey()).isEqualTo(Rejection.Invalid.SEVERAL);
        assertThat(RejectionMessages.detail(invalid, Locale.ENGLISH)).isEqualTo(
                "The input has 2 errors; nothing was saved. You are not allowed to do this."
                        + " What you are looking for does not exist, or not in your region.");
        assertThat(invalid.messageKeyByField()).containsExactly(
                Map.entry("a", Rejection.Forbidden.GENERIC), Map.entry("b", Rejection.NotFound.GENERIC));
    }

    @Test
    void oneFieldErrorIsTheWholeRejectionsText() {
        var invalid = new Rejection.Invalid("name", Rejection.Forbidden.GENERIC);

        assertThat(invalid.messageKey()).isEqualTo(Rejection.Forbidden.GENERIC);
        assertThat(invalid.error("name")).isPresent();
        assertThat(invalid.error("other")).isEmpty();
    }

    @Test
    void aKeyWithoutTextShowsTheKeyAndAnInvalidNeedsAnError() {
        assertThat(RejectionMessages.text("no.such-key", List.of(), Locale.ENGLISH)).isEqualTo("!no.such-key!");
        assertThatThrownBy(() -> new Rejection.Invalid(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
