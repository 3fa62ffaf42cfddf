package se.klusterportalen.indicator;

import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicator names as reports write them, cleaned: a trailing colon, soft hyphens and words split by a hyphen and a
 * space at a PDF line break ({@code konflikthante- ring}, {@code nätver- ket}) are mended; a hyphen before a
 * conjunction ({@code små- och medelstora}) is Swedish and stays. Pure.
 */
final class IndicatorNames {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L})- (\\p{Ll}+)");
    private static final Set<String> CONJUNCTIONS = Set.of("och", "eller", "samt", "respektive", "resp", "som",
            "till", "men", "and", "or");
    private static final Pattern WOMEN = Pattern.compile("\\b(kvinnor|kvinnliga|women)\\b ?", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MEN = Pattern.compile("\\b(män|manliga)\\b ?", Pattern.UNICODE_CHARACTER_CLASS);

    private IndicatorNames() {
    }

    static String clean(String written) {
        String name = ValueParser.normalise(written);
        Matcher broken = BROKEN_WORD.matcher(name);
        var mended = new StringBuilder();
        while (broken.find()) {
            String next = broken.group(2);
            String replacement = CONJUNCTIONS.contains(next) ? broken.group() : broken.group(1) + next;
            broken.appendReplacement(mended, Matcher.quoteReplacement(replacement));
        }
        broken.appendTail(mended);
        name = mended.toString().strip();
        while (name.endsWith(":")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name;
    }

    /** What names are compared by: cleaned, lower case. */
    static String key(String name) {
        return clean(name).toLowerCase(SWEDISH);
    }

    /** The gender part a name counts ("Antalet kvinnor anställda …"), or {@code null}. */
    static @Nullable Gender gender(String name) {
        String key = key(name);
        if (WOMEN.matcher(key).find()) {
            return Gender.WOMEN;
        }
        return MEN.matcher(key).find() ? Gender.MEN : null;
    }

    /** The key of the total a gender part breaks down: the name without the gender word ("antalet" as "antal"). */
    static String totalKey(String name) {
        String key = key(name);
        key = WOMEN.matcher(key).replaceAll("");
        key = MEN.matcher(key).replaceAll("");
        return key.replaceFirst("^antalet ", "antal ").replaceAll(" {2,}", " ").strip();
    }
}
