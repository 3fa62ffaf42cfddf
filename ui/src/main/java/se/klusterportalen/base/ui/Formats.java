package se.klusterportalen.base.ui;

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
}
