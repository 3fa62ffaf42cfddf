package se.klusterportalen.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Swedish number formats ("1 250 000"), whatever language the UI speaks, as the regions write them. */
public final class Formats {

    private static final Locale SWEDISH = MessagesI18NProvider.SWEDISH;

    private Formats() {
    }

    public static String integer(long value) {
        return NumberFormat.getIntegerInstance(SWEDISH).format(value);
    }

    /** Whole kronor: "1 250 000 kr". */
    public static String kronor(long value) {
        return integer(value) + "\u00a0kr";
    }

    /**
     * Millions of kronor with one decimal, for charts: "1,3 mnkr" in Swedish, "1,3 MSEK" in English (the number
     * stays in the Swedish format, like every figure; only the unit is a word of the language).
     */
    public static String mnkr(long value, Locale language) {
        String unit = MessagesI18NProvider.ENGLISH.getLanguage().equals(language.getLanguage()) ? "MSEK" : "mnkr";
        return decimal(BigDecimal.valueOf(value).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP))
                + "\u00a0" + unit;
    }

    /** A decimal number as written in Swedish, keeping its scale: "1,35". */
    public static String decimal(BigDecimal value) {
        var format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /** A percentage: "42,5 %". */
    public static String percent(BigDecimal value) {
        return decimal(value) + "\u00a0%";
    }
}
