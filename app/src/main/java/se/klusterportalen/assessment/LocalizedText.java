package se.klusterportalen.assessment;

import java.util.Locale;

/** A framework text in both languages of the portal; Swedish unless English is asked for. */
public record LocalizedText(String sv, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : sv;
    }
}
