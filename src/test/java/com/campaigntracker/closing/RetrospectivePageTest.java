package com.campaigntracker.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retrospective page asks the one rule for "overdue"; a submitted version makes it done. */
class RetrospectivePageTest {

    private static final Instant DUE = Instant.parse("2030-03-07T10:00:00Z");

    private static RetrospectivePage page(RetrospectivePage.Version... versions) {
        return new RetrospectivePage(null, DUE, List.of(versions), versions.length, 0, false, null, null, false, false);
    }

    @Test
    void a_draft_past_its_due_moment_is_overdue() {
        RetrospectivePage draft = page(new RetrospectivePage.Version(1, false, DUE.minusSeconds(60), null, null));
        assertThat(draft.done()).isFalse();
        assertThat(draft.overdue(DUE)).isFalse();
        assertThat(draft.overdue(DUE.plusSeconds(1))).isTrue();
        assertThat(page().overdue(DUE.plusSeconds(1))).isTrue(); // nothing saved yet
    }

    @Test
    void a_submitted_retrospective_is_done_and_never_overdue() {
        RetrospectivePage submitted = page(new RetrospectivePage.Version(1, true, DUE, DUE, "经理"),
                new RetrospectivePage.Version(2, false, DUE.plusSeconds(60), null, null));
        assertThat(submitted.done()).isTrue();
        assertThat(submitted.overdue(DUE.plusSeconds(3600))).isFalse();
    }
}
