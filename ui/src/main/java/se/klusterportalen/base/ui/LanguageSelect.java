package se.klusterportalen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;

/**
 * The language choice (Svenska, English) that every page with a signed-in user offers: in the shell's header and on
 * the pages outside it (a user without region, access denied). Choosing reloads the page in that language.
 */
final class LanguageSelect extends Select<Locale> {

    LanguageSelect() {
        setId("language");
        setItems(MessagesI18NProvider.SWEDISH, MessagesI18NProvider.ENGLISH);
        setItemLabelGenerator(locale -> locale.getLanguage().equals("en") ? "English" : "Svenska");
        setValue(getLocale().getLanguage().equals("en") ? MessagesI18NProvider.ENGLISH : MessagesI18NProvider.SWEDISH);
        setAriaLabel(getTranslation("header.language"));
        addValueChangeListener(change -> {
            VaadinSession.getCurrent().setLocale(change.getValue());
            UI.getCurrent().getPage().reload();
        });
        addClassName("portal-header-language");
    }
}
