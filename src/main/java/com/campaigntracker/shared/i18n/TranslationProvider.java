package com.campaigntracker.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Every string a user reads comes from {@code i18n/messages*.properties} (UTF-8) through here. */
@Component
public class TranslationProvider implements I18NProvider {

    static final String BUNDLE = "i18n.messages";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return AppLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(AppLocales.bestMatch(locale));
        try {
            String pattern = bundle.getString(key);
            params = translatedKeys(params, locale);
            return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key + "!";
        }
    }

    private Object[] translatedKeys(Object[] params, Locale locale) {
        Object[] out = params;
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof TranslationKey k) {
                out = out == params ? params.clone() : out;
                out[i] = getTranslation(k.key(), locale);
            }
        }
        return out;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }
}
