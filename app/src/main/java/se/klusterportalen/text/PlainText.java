package se.klusterportalen.text;

import org.jspecify.annotations.Nullable;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as people paste and type it, normalised once where it enters the portal (every importer, every form's input
 * record, the REST API): Unicode NFC (so "o" + a combining diaeresis is "ö"), every Unicode space (no-break, narrow
 * no-break, figure, ideographic, tab…) a plain space, invisible format characters (zero-width space and joiners,
 * soft hyphen, byte-order mark, direction marks) removed, trimmed, inner runs of spaces collapsed to one.
 * Codes (organisation numbers, years) also have their look-alike dashes (en dash, non-breaking hyphen, minus…)
 * written as "-".
 */
public final class PlainText {

    private PlainText() {
    }

    /** A one-line text (a name, a title, a cell): normalised as above; {@code null} becomes "". */
    public static String line(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        var out = new StringBuilder(composed.length());
        boolean space = false;
        for (int i = 0; i < composed.length(); ) {
            int c = composed.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                space = !out.isEmpty();
            } else if (!isInvisible(c)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /**
     * A text of several lines (a description, a comment): each line normalised as {@link #line}, line breaks kept
     * as "\n", runs of more than one empty line kept as one, leading and trailing empty lines dropped.
     */
    public static String lines(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        var out = new StringBuilder();
        boolean emptyLine = false;
        for (String raw : text.split("\r\n|[\r\n\u2028\u2029\u0085\u000b\u000c]", -1)) {
            String line = line(raw);
            if (line.isEmpty()) {
                emptyLine = !out.isEmpty();
                continue;
            }
            if (!out.isEmpty()) {
                out.append(emptyLine ? "\n\n" : "\n");
            }
            emptyLine = false;
            out.append(line);
        }
        return out.toString();
    }

    /** A one-line text, or {@code null} when nothing is left of it (a form's optional field). */
    public static @Nullable String lineOrNull(@Nullable String text) {
        String line = line(text);
        return line.isEmpty() ? null : line;
    }

    /**
     * A code (organisation number, year, date, identifier): {@link #line} in compatibility form (NFKC: full-width
     * digits are digits) with every look-alike dash (en dash, non-breaking hyphen, minus sign…) written "-".
     */
    public static String code(@Nullable String text) {
        String line = line(Normalizer.normalize(line(text), Normalizer.Form.NFKC));
        var out = new StringBuilder(line.length());
        line.codePoints().forEach(c -> out.appendCodePoint(isDash(c) ? '-' : c));
        return out.toString();
    }

    /** The key two names match by: {@link #line}, lower case (Swedish letters kept: "Ö" and "ö" match, "o" not). */
    public static String key(@Nullable String text) {
        return line(text).toLowerCase(Locale.ROOT);
    }

    /** Whether the text holds a character a reader cannot see or tell apart (odd spaces, dashes, zero-width). */
    public static boolean hasInvisibleOrLookAlike(@Nullable String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(c -> (isSpace(c) && c != ' ') || isInvisible(c) || (isDash(c) && c != '-'));
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Format characters (Unicode category Cf): zero-width space and joiners, soft hyphen, BOM, direction marks. */
    private static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT || c == 0x180e;
    }

    private static boolean isDash(int c) {
        return c == '-' || Character.getType(c) == Character.DASH_PUNCTUATION || c == 0x2212 || c == 0xfe63
                || c == 0xff0d || c == 0x2043;
    }
}
