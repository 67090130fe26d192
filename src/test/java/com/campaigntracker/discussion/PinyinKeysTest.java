package com.campaigntracker.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinKeysTest {

    @Test
    void a_chinese_name_is_typed_by_its_full_pinyin_or_its_initials() {
        assertThat(PinyinKeys.of("张经理")).contains("zhangjingli", "zjl");
    }

    @Test
    void every_reading_of_a_character_with_several_counts() {
        assertThat(PinyinKeys.of("单丽")).contains("danli", "dl", "shanli", "sl");
    }

    @Test
    void latin_letters_and_digits_stay_as_typed_in_lower_case_and_punctuation_drops() {
        assertThat(PinyinKeys.of("Amy 王2")).contains("amywang2", "amyw2");
    }

    @Test
    void the_readings_are_bounded_whatever_the_name() {
        assertThat(PinyinKeys.of("长长长长长长长长长长")).hasSizeLessThanOrEqualTo(2 * PinyinKeys.MAX_READINGS);
        assertThat(PinyinKeys.of("   ")).isEmpty();
    }
}
