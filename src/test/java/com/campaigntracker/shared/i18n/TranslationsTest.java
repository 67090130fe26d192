package com.campaigntracker.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final TranslationProvider provider = new TranslationProvider();

    @Test
    void both_languages_have_the_same_keys_and_no_empty_text() {
        ResourceBundle zh = TranslationProvider.bundle(AppLocales.CHINESE);
        ResourceBundle en = TranslationProvider.bundle(AppLocales.ENGLISH);
        assertThat(zh.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(new TreeSet<>(zh.keySet())).isEqualTo(new TreeSet<>(en.keySet()));
        for (String key : zh.keySet()) {
            assertThat(zh.getString(key)).as("zh-CN " + key).isNotBlank();
            assertThat(en.getString(key)).as("en " + key).isNotBlank();
        }
    }

    /** Literal keys in the code ("getTranslation("x.y")", {@code @Menu(title = "x.y")}) must exist. */
    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Pattern usage = Pattern.compile("(?:getTranslation\\(|title = )\"([a-zA-Z]+(?:\\.[a-zA-Z]+)+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = usage.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(used).allSatisfy(key -> assertThat(TranslationProvider.bundle(AppLocales.ENGLISH).containsKey(key))
                .as(key).isTrue());
    }

    @Test
    void chinese_browsers_get_chinese_and_everyone_else_english() {
        assertThat(provider.getTranslation("status.DELAYED", Locale.forLanguageTag("zh-TW"))).isEqualTo("已延期");
        assertThat(provider.getTranslation("status.DELAYED", Locale.CHINA)).isEqualTo("已延期");
        assertThat(provider.getTranslation("status.DELAYED", Locale.GERMAN)).isEqualTo("Delayed");
        assertThat(provider.getTranslation("plan.error.rowOrder", Locale.CHINA, 3)).isEqualTo("第 3 行：模块上方需要阶段，任务上方需要模块。");
    }

    @Test
    void a_missing_key_is_visible_rather_than_blank() {
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
