package com.campaigntracker.tracking;

import com.campaigntracker.plan.DisplayStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * Most urgent first: an overdue update (the longest overdue first), then blocked, delayed, an update
 * due today, and the rest by planned finish; finished tasks last.
 */
final class Urgency {

    static final Comparator<TrackedTask> ORDER = Comparator.comparingInt(Urgency::rank)
            .thenComparing(t -> t.update().due() == null ? Instant.MAX : t.update().due())
            .thenComparing(t -> t.plannedFinish() == null ? LocalDate.MAX : t.plannedFinish())
            .thenComparing(TrackedTask::wbs);

    private Urgency() {
    }

    static int rank(TrackedTask t) {
        if (!t.isOpen()) {
            return 9;
        }
        if (t.update().overdue()) {
            return 0;
        }
        if (t.status() == DisplayStatus.BLOCKED) {
            return 1;
        }
        if (t.status() == DisplayStatus.DELAYED) {
            return 2;
        }
        if (t.update().dueToday()) {
            return 3;
        }
        return t.awaitingAcceptance() ? 5 : 4;
    }
}
