package com.campaigntracker.plan;

import static com.campaigntracker.plan.ProgressStatus.BLOCKED;
import static com.campaigntracker.plan.ProgressStatus.DONE;
import static com.campaigntracker.plan.ProgressStatus.IN_PROGRESS;
import static com.campaigntracker.plan.ProgressStatus.NOT_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.plan.ProgressRule.Progress;
import org.junit.jupiter.api.Test;

/** R9 in its one place: what a report stores, and what the quick-update dialog shows while typing. */
class ProgressRuleTest {

    @Test
    void a_report_stores_done_at_100_and_starts_a_task_above_0() {
        assertThat(ProgressRule.reported(80, DONE, IN_PROGRESS)).isEqualTo(new Progress(100, DONE)); // done means 100 %
        assertThat(ProgressRule.reported(100, IN_PROGRESS, IN_PROGRESS)).isEqualTo(new Progress(100, DONE));
        assertThat(ProgressRule.reported(40, NOT_STARTED, NOT_STARTED)).isEqualTo(new Progress(40, IN_PROGRESS));
        assertThat(ProgressRule.reported(100, BLOCKED, IN_PROGRESS)).isEqualTo(new Progress(100, BLOCKED));
        assertThat(ProgressRule.reported(0, IN_PROGRESS, IN_PROGRESS)).isEqualTo(new Progress(0, IN_PROGRESS));
    }

    @Test
    void a_percent_alone_leads_the_status_and_a_blocked_task_stays_blocked() {
        assertThat(ProgressRule.reported(0, null, IN_PROGRESS)).isEqualTo(new Progress(0, NOT_STARTED));
        assertThat(ProgressRule.reported(30, null, NOT_STARTED)).isEqualTo(new Progress(30, IN_PROGRESS));
        assertThat(ProgressRule.reported(30, null, BLOCKED)).isEqualTo(new Progress(30, BLOCKED));
        assertThat(ProgressRule.reported(100, null, BLOCKED)).isEqualTo(new Progress(100, DONE));
    }

    @Test
    void what_the_dialog_shows_while_typing() {
        assertThat(ProgressRule.percentTyped(35, NOT_STARTED)).isEqualTo(new Progress(35, IN_PROGRESS));
        assertThat(ProgressRule.percentTyped(100, IN_PROGRESS)).isEqualTo(new Progress(100, DONE));
        assertThat(ProgressRule.percentTyped(100, BLOCKED)).isEqualTo(new Progress(100, BLOCKED));
        assertThat(ProgressRule.percentTyped(80, DONE)).isEqualTo(new Progress(80, IN_PROGRESS)); // no longer done
        assertThat(ProgressRule.percentTyped(0, DONE)).isEqualTo(new Progress(0, NOT_STARTED)); // not "done at 0 %"
        assertThat(ProgressRule.statusPicked(DONE, 40)).isEqualTo(new Progress(100, DONE));
        assertThat(ProgressRule.statusPicked(NOT_STARTED, 40)).isEqualTo(new Progress(0, NOT_STARTED));
        assertThat(ProgressRule.statusPicked(BLOCKED, 40)).isEqualTo(new Progress(40, BLOCKED));
        assertThat(ProgressRule.statusPicked(IN_PROGRESS, 100)).isEqualTo(new Progress(100, DONE)); // as a save stores it
    }

    @Test
    void every_pair_the_dialog_shows_is_stored_unchanged_by_a_report() {
        for (int percent = 0; percent <= 100; percent++) {
            for (ProgressStatus s : ProgressStatus.values()) {
                for (Progress shown : new Progress[] {ProgressRule.percentTyped(percent, s),
                        ProgressRule.statusPicked(s, percent)}) {
                    for (ProgressStatus before : ProgressStatus.values()) {
                        assertThat(ProgressRule.reported(shown.percent(), shown.status(), before))
                                .as("%s after %d%% / %s", shown, percent, s).isEqualTo(shown);
                    }
                }
            }
        }
    }

    @Test
    void only_a_finished_report_that_comes_back_in_progress_awaits_acceptance() {
        assertThat(ProgressRule.awaitingAcceptance(100, IN_PROGRESS)).isTrue();
        assertThat(ProgressRule.awaitingAcceptance(100, DONE)).isFalse();
        assertThat(ProgressRule.awaitingAcceptance(100, BLOCKED)).isFalse();
        assertThat(ProgressRule.awaitingAcceptance(60, IN_PROGRESS)).isFalse();
    }
}
