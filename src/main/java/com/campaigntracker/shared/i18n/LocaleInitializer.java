package com.campaigntracker.shared.i18n;

import com.campaigntracker.shared.ui.ComponentTexts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.springframework.stereotype.Component;

/**
 * Picks each UI's language: the one the user chose (remembered in a cookie, so it holds on the
 * login page and across sessions), else the browser's, else English.
 */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    static final String COOKIE = "ct-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            e.getUI().setLocale(initialLocale(VaadinRequest.getCurrent()));
            ComponentTexts.page(e.getUI());
        });
        // the page itself, before the bootstrap makes the connection indicator: its text in the page's language
        VaadinService service = event.getSource();
        event.addIndexHtmlRequestListener(page -> {
            I18NProvider texts = service.getInstantiator().getI18NProvider();
            String online = texts.getTranslation("vaadin.connection.online", initialLocale(page.getVaadinRequest()));
            page.getDocument().head().appendElement("script")
                    .appendChild(new DataNode(ComponentTexts.connectionIndicatorScript(online)));
        });
    }

    static Locale initialLocale(VaadinRequest request) {
        if (request == null) {
            return AppLocales.ENGLISH;
        }
        Locale chosen = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> AppLocales.fromTag(c.getValue()))
                .findFirst().orElse(null);
        return chosen != null ? chosen : AppLocales.bestMatch(request.getLocale());
    }

    /** The cookie that remembers a language choice (also set at sign-in from the person's own choice). */
    public static Cookie cookie(Locale locale) {
        Cookie cookie = new Cookie(COOKIE, AppLocales.bestMatch(locale).toLanguageTag());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        return cookie;
    }

    /** Switches the current UI and remembers the choice; the page reloads so every text is re-read. */
    public static void switchTo(Locale locale) {
        Locale target = AppLocales.bestMatch(locale);
        VaadinSession.getCurrent().setLocale(target);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            response.addCookie(cookie(target));
        }
        UI ui = UI.getCurrent();
        ui.setLocale(target);
        ui.getPage().reload();
    }
}
