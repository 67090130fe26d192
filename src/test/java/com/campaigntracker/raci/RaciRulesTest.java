package com.campaigntracker.raci;

import static com.campaigntracker.raci.RaciLetter.A;
import static com.campaigntracker.raci.RaciLetter.C;
import static com.campaigntracker.raci.RaciLetter.I;
import static com.campaigntracker.raci.RaciLetter.R;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** R6 on one item's letters. */
class RaciRulesTest {

    @Test
    void a_task_needs_exactly_one_R_and_at_most_one_A_and_any_number_of_C_and_I() {
        assertThat(RaciRules.problems(true, List.of(R, A, C, C, I, I, I))).isEmpty();
        assertThat(RaciRules.problems(true, List.of(A, C))).containsExactly(RaciRules.NO_R);
        assertThat(RaciRules.problems(true, List.of(R, R, A))).containsExactly(RaciRules.MANY_R);
        assertThat(RaciRules.problems(true, List.of(R, A, A))).containsExactly(RaciRules.MANY_A);
        assertThat(RaciRules.problems(true, List.of(R, C))).containsExactly(RaciRules.NO_A);
        assertThat(RaciRules.problems(true, List.of())).containsExactly(RaciRules.NO_R, RaciRules.NO_A);
    }

    @Test
    void phases_and_modules_are_not_checked() {
        assertThat(RaciRules.problems(false, List.of())).isEmpty();
        assertThat(RaciRules.problems(false, List.of(R, R, A, A))).isEmpty();
    }

    @Test
    void a_click_goes_round_the_letters() {
        assertThat(RaciLetter.next(null)).isEqualTo(R);
        assertThat(RaciLetter.next(R)).isEqualTo(A);
        assertThat(RaciLetter.next(A)).isEqualTo(C);
        assertThat(RaciLetter.next(C)).isEqualTo(I);
        assertThat(RaciLetter.next(I)).isNull();
    }
}
