package se.klusterportalen.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** All UI text: {@code messages_sv.properties} (the default) and {@code messages_en.properties}. */
@Component
public class MessagesI18NProvider implements I18NProvider {

    public static final Locale SWEDISH = Locale.of("sv", "SE");
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(SWEDISH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    static ResourceBundle bundle(Locale locale) {
        Locale language = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : Locale.of("sv");
        return ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
