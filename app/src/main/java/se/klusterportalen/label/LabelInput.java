package se.klusterportalen.label;

import se.klusterportalen.text.PlainText;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What an officer enters for a label. {@code validUntil} may be left empty: it then defaults to two years after
 * the assessment.
 */
public record LabelInput(@Nullable LabelLevel level, @Nullable LocalDate assessedOn, @Nullable LocalDate validUntil,
                         @Nullable Integer scorePercent, @Nullable String issuerReference) {

    LabelInput normalised() {
        String reference = PlainText.lineOrNull(PlainText.code(issuerReference));
        LocalDate until = validUntil == null && assessedOn != null ? LabelRules.defaultValidUntil(assessedOn) : validUntil;
        return new LabelInput(level, assessedOn, until, scorePercent, reference);
    }
}
