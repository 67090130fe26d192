package com.campaigntracker.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_password_shorter_than_ten_characters_is_refused() {
        assertThat(PasswordPolicy.problem("wang", "Kx9#mQ2!z")).isEqualTo("password.error.short");
        assertThat(PasswordPolicy.problem("wang", "Kx9#mQ2!zR")).isNull();
        assertThat(PasswordPolicy.problem("wang", null)).isEqualTo("password.error.short");
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused_by_its_bytes_not_only_its_characters() {
        String chinese = "春眠不觉晓处处闻啼鸟夜来风雨声花落知多少床前明月光疑是"; // 27 characters, 81 bytes in UTF-8
        assertThat(chinese.length()).isLessThan(PasswordPolicy.MAX_LENGTH);
        assertThat(PasswordPolicy.problem("li", chinese)).isEqualTo("password.error.bytes");
        assertThat(PasswordPolicy.problem("li", chinese.substring(0, 24))).isNull(); // 72 bytes
    }

    @Test
    void a_password_equal_to_or_containing_the_user_name_is_refused_whatever_the_case() {
        assertThat(PasswordPolicy.problem("zhangsan01", "ZhangSan01")).isEqualTo("password.error.username");
        assertThat(PasswordPolicy.problem("zhangsan", "my-ZHANGSAN-pass")).isEqualTo("password.error.username");
    }

    @Test
    void the_well_known_passwords_english_and_chinese_are_refused_in_any_case() {
        for (String common : new String[]{"1234567890", "qwertyuiop", "Password123", "IloveYou123", "woaini1314",
                "a123456789", "5201314520", "1qaz2wsx3edc", "administrator", "zhang123456", "88888888888",
                "19900101", "Passw0rd!!"}) {
            assertThat(PasswordPolicy.problem("someone", common)).as(common).isIn("password.error.common", "password.error.short");
        }
        assertThat(PasswordPolicy.problem("someone", "woaini1314")).isEqualTo("password.error.common");
        assertThat(PasswordPolicy.problem("someone", "password1234")).isEqualTo("password.error.common");
    }

    @Test
    void the_list_shipped_with_the_app_holds_thousands_and_the_demo_passwords() {
        assertThat(PasswordPolicy.commonCount()).isGreaterThan(3000);
        assertThat(PasswordPolicy.isCommon("admin")).isTrue();
        assertThat(PasswordPolicy.isCommon("demo")).isTrue();
    }

    @Test
    void check_throws_a_translated_refusal_and_accepts_a_good_password() {
        assertThatThrownBy(() -> PasswordPolicy.check("li", "letmein123"))
                .isInstanceOfSatisfying(PeopleAdminException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.error.common"));
        PasswordPolicy.check("li", "violet-harbour-tram");
    }
}
