package se.klusterportalen.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CollationUnitTest {

    /** The five names of shared/cases/clusters-swedish-sort-order.csv, in the order the file has them. */
    private static final List<String> NAMES = List.of("Zeta", "Öby", "Ängby", "Åby", "aby");

    private record Row(@org.jspecify.annotations.Nullable String name) {
    }

    @Test
    void swedishPutsTheThreeLastLettersAfterZAndIgnoresCase() {
        assertThat(NAMES.stream().sorted(Collation.SWEDISH).toList())
                .containsExactly("aby", "Zeta", "Åby", "Ängby", "Öby");
    }

    @Test
    void englishTreatsThemAsAccentedLetters() {
        assertThat(NAMES.stream().sorted(Collation.forLanguage(Locale.ENGLISH)).toList())
                .containsExactly("aby", "Åby", "Ängby", "Öby", "Zeta");
    }

    @Test
    void caseOnlyBreaksATie() {
        assertThat(List.of("Mobile", "mobile", "MOBILE", "Media").stream().sorted(Collation.SWEDISH).toList())
                .containsExactly("Media", "mobile", "Mobile", "MOBILE");
    }

    @Test
    void itemsByTheirTextWithMissingTextsFirst() {
        var rows = List.of(new Row("Öby"), new Row(null), new Row("aby"));
        assertThat(rows.stream().sorted(Collation.swedish(Row::name)).map(Row::name).toList())
                .containsExactly(null, "aby", "Öby");
    }
}
