package se.klusterportalen.text;

import org.jspecify.annotations.Nullable;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order in which people of a language expect names: Swedish (a … z, å, ä, ö) unless the language is English;
 * case and accents only break ties, so "aby" comes before "Zeta". Every sorted list, grid, select and export uses
 * it; the database's name columns use ICU's Swedish collation ({@code V58__swedish_collation.sql}), the same order.
 */
public final class Collation {

    private static final Locale SWEDISH_LOCALE = Locale.of("sv", "SE");

    /** Swedish order, for the core (names are Swedish; a view re-sorts in the user's language). */
    public static final Comparator<String> SWEDISH = forLanguage(SWEDISH_LOCALE);

    private Collation() {
    }

    /** English order if the locale's language is English, Swedish for every other. */
    public static Comparator<String> forLanguage(Locale locale) {
        Collator collator = Collator.getInstance("en".equals(locale.getLanguage()) ? Locale.ENGLISH : SWEDISH_LOCALE);
        collator.setStrength(Collator.TERTIARY);
        Collator primary = (Collator) collator.clone();
        primary.setStrength(Collator.SECONDARY);
        Comparator<String> byLetters = primary::compare;
        return byLetters.thenComparing(collator::compare);
    }

    /** Items by a text of theirs in the language's order; a missing text sorts first. */
    public static <T> Comparator<T> comparing(Function<? super T, ? extends @Nullable String> text, Locale locale) {
        Comparator<String> order = forLanguage(locale);
        return Comparator.comparing(item -> {
            String value = text.apply(item);
            return value == null ? "" : value;
        }, order);
    }

    /** Items by a text of theirs in Swedish order. */
    public static <T> Comparator<T> swedish(Function<? super T, ? extends @Nullable String> text) {
        return comparing(text, SWEDISH_LOCALE);
    }
}
