package se.klusterportalen.funding.ui;

import org.junit.jupiter.api.Test;
import se.klusterportalen.base.ui.MessagesI18NProvider;
import se.klusterportalen.funding.StandardStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Import files may name a standard stream as either UI shows it: the core's names must be the UI's texts. */
class StandardStreamNamesUnitTest {

    @Test
    void theCoresNamesOfTheStandardStreamsAreTheTextsBothLanguagesShow() {
        var messages = new MessagesI18NProvider();
        for (StandardStream stream : StandardStream.values()) {
            String key = "funding.stream." + stream.name();
            assertThat(stream.swedishName()).isEqualTo(messages.getTranslation(key, MessagesI18NProvider.SWEDISH));
            assertThat(stream.englishName()).isEqualTo(messages.getTranslation(key, MessagesI18NProvider.ENGLISH));
        }
    }
}
