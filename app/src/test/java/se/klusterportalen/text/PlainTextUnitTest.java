package se.klusterportalen.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextUnitTest {

    @Test
    void everyUnicodeSpaceBecomesOnePlainSpaceTrimmedAndCollapsed() {
        assertThat(PlainText.line("Mobile Heights\u00a0")).isEqualTo("Mobile Heights");
        assertThat(PlainText.line("\u202fMobile\u2007\u2009 \tHeights\u3000")).isEqualTo("Mobile Heights");
        assertThat(PlainText.line("Media\u200bEvolution\ufeff")).isEqualTo("MediaEvolution");
        assertThat(PlainText.line("Packbr\u00adidge\u200d")).isEqualTo("Packbridge");
        assertThat(PlainText.line(null)).isEmpty();
        assertThat(PlainText.lineOrNull(" \u00a0 ")).isNull();
    }

    @Test
    void decomposedLettersAreComposedSoTheyMatch() {
        String decomposed = "Beso\u0308ksna\u0308ringsklustret Ska\u030ane";

        assertThat(decomposed).isNotEqualTo("Besöksnäringsklustret Skåne");
        assertThat(PlainText.line(decomposed)).isEqualTo("Besöksnäringsklustret Skåne");
        assertThat(PlainText.key(decomposed)).isEqualTo(PlainText.key("BESÖKSNÄRINGSKLUSTRET SKÅNE"));
        assertThat(PlainText.key("Öby")).isNotEqualTo(PlainText.key("Oby"));
    }

    @Test
    void codesAlsoHaveTheirLookAlikeDashesAndFullWidthDigitsMadePlain() {
        assertThat(PlainText.code("559900\u20131236")).isEqualTo("559900-1236");
        assertThat(PlainText.code("559900\u20111236")).isEqualTo("559900-1236");
        assertThat(PlainText.code("559900\u22121236")).isEqualTo("559900-1236");
        assertThat(PlainText.code("５５９９００-１２３６")).isEqualTo("559900-1236");
        assertThat(PlainText.line("Skåne \u2013 Blekinge")).as("a name keeps its dash").isEqualTo("Skåne \u2013 Blekinge");
    }

    @Test
    void severalLinesKeepTheirBreaksAndNormaliseEachLine() {
        assertThat(PlainText.lines("  Rad\u00a0ett \r\n\r\n\r\nrad  två\u2028")).isEqualTo("Rad ett\n\nrad två");
    }

    @Test
    void invisibleAndLookAlikeCharactersAreNoticed() {
        assertThat(PlainText.hasInvisibleOrLookAlike("559900\u00a01236")).isTrue();
        assertThat(PlainText.hasInvisibleOrLookAlike("559900\u20131236")).isTrue();
        assertThat(PlainText.hasInvisibleOrLookAlike("5599\u200b001236")).isTrue();
        assertThat(PlainText.hasInvisibleOrLookAlike("559900-1236")).isFalse();
        assertThat(PlainText.hasInvisibleOrLookAlike("559900 1236")).isFalse();
    }
}
