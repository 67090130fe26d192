package com.campaigntracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** "Retrospective overdue" (R14) in its one place. */
class RetrospectivesDueTest {

    private static final Instant DUE = Instant.parse("2030-03-07T10:00:00Z"); // 18:00 in Shanghai

    @Test
    void a_retrospective_is_overdue_only_once_its_due_moment_has_passed() {
        assertThat(RetrospectivesDue.overdue(DUE, DUE.minusSeconds(1))).isFalse();
        assertThat(RetrospectivesDue.overdue(DUE, DUE)).isFalse(); // due at 18:00 means 18:00 is still in time
        assertThat(RetrospectivesDue.overdue(DUE, DUE.plusSeconds(1))).isTrue();
    }

    @Test
    void none_due_is_never_overdue() {
        assertThat(RetrospectivesDue.overdue(null, DUE)).isFalse(); // still running, or already submitted
    }
}
