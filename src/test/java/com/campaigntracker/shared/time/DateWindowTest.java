package com.campaigntracker.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.shared.i18n.TranslationKey;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateWindowTest {

    @Test
    void dates_from_2000_to_2099_pass_and_null_is_left_to_the_service() {
        assertThat(DateWindow.require(LocalDate.of(2000, 1, 1), "plan.start")).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(DateWindow.require(LocalDate.of(2099, 12, 31), "plan.start")).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(DateWindow.require(null, "plan.start")).isNull();
        assertThat(DateWindow.contains(null)).isFalse();
    }

    @Test
    void dates_outside_are_refused_with_a_translated_message_naming_the_field_and_the_window() {
        for (LocalDate absurd : new LocalDate[] {LocalDate.parse("+99999-12-31"), LocalDate.of(1899, 12, 31),
                LocalDate.of(1999, 12, 31), LocalDate.of(2100, 1, 1), LocalDate.MIN, LocalDate.MAX}) {
            assertThatThrownBy(() -> DateWindow.require(absurd, "plan.finish"))
                    .isInstanceOfSatisfying(DateOutOfWindowException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.dateOutOfWindow");
                        assertThat(e.field()).isEqualTo("plan.finish");
                        assertThat(e.args()).containsExactly(new TranslationKey("plan.finish"), absurd.toString(),
                                DateWindow.MIN, DateWindow.MAX);
                    });
        }
    }
}
