package com.campaigntracker.shared.ui;

import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.shared.i18n.LocaleInitializer;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** 中文 / English; each language is named in itself so that anyone can find their own. */
public class LanguageSwitcher extends Select<Locale> {

    public LanguageSwitcher() {
        setItems(AppLocales.SUPPORTED);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        setAriaLabel("Language / 语言");
        setId("language-switcher");
        addAttachListener(e -> setValue(AppLocales.bestMatch(getLocale())));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                LocaleInitializer.switchTo(e.getValue());
            }
        });
    }
}
