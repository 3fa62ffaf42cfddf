package se.klusterportalen.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.indicator.Difference;
import se.klusterportalen.indicator.IndicatorRollup;
import se.klusterportalen.indicator.IndicatorValue;
import se.klusterportalen.indicator.ValueKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.stream.Collectors;

/**
 * How the indicator views write values: the interpreted value in Swedish number format, a small marker per kind
 * (with the kind's name as its tooltip) and the original text beside it when it says more than the number.
 */
final class IndicatorTexts {

    private final Component owner;

    IndicatorTexts(Component owner) {
        this.owner = owner;
    }

    static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return Formats.decimal(plain.scale() < 0 ? plain.setScale(0) : plain);
    }

    /** A short symbol per kind; empty for exact values. */
    static String marker(ValueKind kind) {
        return switch (kind) {
            case EXACT -> "";
            case APPROXIMATE -> "≈";
            case RANGE -> "↔";
            case AT_LEAST -> "≥";
            case SUM -> "Σ";
            case UNCERTAIN -> "?";
            case WITH_ALTERNATIVE -> "alt";
            case NOT_AVAILABLE -> "n.a.";
            case NOT_REPORTED -> "–";
        };
    }

    String kind(ValueKind kind) {
        return owner.getTranslation("indicator.kind." + kind.name());
    }

    /** The value as the portal understands it: "≈ 39", "50–250", "≥ 25", "87", "8 (alt. 24)", "–". */
    String interpreted(IndicatorValue value) {
        return switch (value.kind()) {
            case EXACT, SUM, UNCERTAIN -> number(value.value());
            case APPROXIMATE -> "≈ " + number(value.value());
            case AT_LEAST -> "≥ " + number(value.value());
            case RANGE -> number(value.low()) + "–" + number(value.high());
            case WITH_ALTERNATIVE -> owner.getTranslation("indicator.value.alternative", number(value.value()),
                    number(value.alternative()));
            case NOT_AVAILABLE, NOT_REPORTED -> "–";
        };
    }

    /** The parts of a sum written out: "7 + 12 + 4". */
    static String parts(IndicatorValue value) {
        return value.parts().stream().map(IndicatorTexts::number).collect(Collectors.joining(" + "));
    }

    /** Marker, interpreted value and the original text: one cell of a table. */
    Component cell(IndicatorValue value) {
        return cell(value, true);
    }

    /** @param written whether the text is what someone wrote (not a difference the portal computed) */
    Component cell(IndicatorValue value, boolean written) {
        var cell = new Div();
        cell.addClassNames("indicator-value", "kind-" + value.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (value.kind() != ValueKind.EXACT) {
            var marker = new Span(marker(value.kind()));
            marker.addClassName("indicator-marker");
            marker.getElement().setAttribute("title", kind(value.kind()));
            cell.add(marker);
        }
        if (value.kind().missing()) {
            // nothing to interpret: the marker says it, the original text only when it says more ("uppgift saknas")
            String text = value.text();
            if (!text.isEmpty() && !text.equalsIgnoreCase(marker(value.kind()))) {
                var original = new Span("\u201d" + text + "\u201d");
                original.addClassName("indicator-original");
                cell.add(original);
            }
            cell.getElement().setAttribute("title", kind(value.kind()));
            return cell;
        }
        var interpreted = new Span(interpreted(value));
        interpreted.addClassName("indicator-interpreted");
        cell.add(interpreted);
        String original = value.text();
        if (value.kind() == ValueKind.SUM) {
            original = parts(value);
        }
        if (written && !original.isEmpty() && !original.equals(interpreted.getText())) {
            var text = new Span(value.kind() == ValueKind.SUM ? "= " + original : "\u201d" + value.text() + "\u201d");
            text.addClassName("indicator-original");
            cell.add(text);
        }
        if (value.review()) {
            var review = new Span("!");
            review.addClassName("indicator-review");
            review.getElement().setAttribute("title", owner.getTranslation("indicator.review"));
            cell.add(review);
        }
        cell.getElement().setAttribute("title", kind(value.kind()) + (value.text().isEmpty() ? "" : ": " + value.text()));
        return cell;
    }

    /** A computed difference, or why there is none. */
    Component difference(Difference difference, boolean mismatch) {
        Component shown = difference.value() == null
                ? new Span(owner.getTranslation("indicator.difference." + difference.status().name()))
                : cell(difference.value(), false);
        if (difference.value() == null) {
            ((Span) shown).addClassName("indicator-no-difference");
        }
        if (!mismatch) {
            return shown;
        }
        var flagged = new Div(shown);
        var warning = new Span("≠");
        warning.addClassName("indicator-mismatch");
        warning.getElement().setAttribute("title", owner.getTranslation("indicator.difference.mismatch"));
        flagged.add(warning);
        flagged.addClassName("indicator-mismatch-cell");
        return flagged;
    }

    Component reported(@Nullable IndicatorValue reported) {
        return reported == null ? new Span() : cell(reported);
    }

    /** "1 416 + 2 ej summerbara", ranges as "intervall 20–80", missing values counted. */
    String total(IndicatorRollup.RoundTotal total, boolean summable) {
        var parts = new ArrayList<String>();
        if (!summable) {
            parts.add(owner.getTranslation("indicator.rollup.not-summable-indicator"));
        } else {
            if (total.summed() > 0) {
                parts.add(number(total.sum()));
            }
            if (total.ranges() > 0) {
                String range = number(total.sum().add(total.rangeLow())) + "–" + number(total.sum().add(total.rangeHigh()));
                parts.add(total.summed() > 0 ? owner.getTranslation("indicator.rollup.ranges", range) : range);
            }
            if (total.notSummable() > 0) {
                parts.add(owner.getTranslation("indicator.rollup.not-summable", total.notSummable()));
            }
        }
        String text = parts.isEmpty() ? owner.getTranslation("indicator.rollup.nothing") : String.join(" + ", parts);
        if (total.missing() > 0) {
            text += " (" + owner.getTranslation("indicator.rollup.missing", total.missing()) + ")";
        }
        return text;
    }

    /** The legend of the markers. */
    Component legend() {
        var legend = new Div();
        legend.addClassName("indicator-legend");
        legend.setId("indicator-legend");
        legend.add(new Span(owner.getTranslation("indicator.legend") + ":"));
        for (ValueKind kind : ValueKind.values()) {
            if (kind == ValueKind.EXACT) {
                continue;
            }
            var marker = new Span(marker(kind));
            marker.addClassName("indicator-marker");
            var entry = new Span(marker, new Span(kind(kind)));
            entry.addClassName("indicator-legend-entry");
            legend.add(entry);
        }
        var mismatch = new Span("≠");
        mismatch.addClassName("indicator-mismatch");
        var entry = new Span(mismatch, new Span(owner.getTranslation("indicator.difference.mismatch")));
        entry.addClassName("indicator-legend-entry");
        legend.add(entry);
        return legend;
    }
}
