package com.campaigntracker.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleInitializerTest {

    private static VaadinRequest request(Locale browser, Cookie... cookies) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getLocale()).thenReturn(browser);
        when(request.getCookies()).thenReturn(cookies);
        return request;
    }

    @Test
    void the_browsers_language_picks_chinese_or_english() {
        assertThat(LocaleInitializer.initialLocale(request(Locale.forLanguageTag("zh-CN")))).isEqualTo(AppLocales.CHINESE);
        assertThat(LocaleInitializer.initialLocale(request(Locale.forLanguageTag("zh-HK")))).isEqualTo(AppLocales.CHINESE);
        assertThat(LocaleInitializer.initialLocale(request(Locale.forLanguageTag("en-GB")))).isEqualTo(AppLocales.ENGLISH);
        assertThat(LocaleInitializer.initialLocale(request(Locale.FRENCH))).isEqualTo(AppLocales.ENGLISH);
    }

    @Test
    void a_language_the_user_chose_wins_over_the_browsers() {
        Cookie chosen = new Cookie(LocaleInitializer.COOKIE, "en");
        assertThat(LocaleInitializer.initialLocale(request(Locale.CHINA, chosen))).isEqualTo(AppLocales.ENGLISH);
        Cookie chinese = new Cookie(LocaleInitializer.COOKIE, "zh-CN");
        assertThat(LocaleInitializer.initialLocale(request(Locale.US, chinese))).isEqualTo(AppLocales.CHINESE);
    }
}
