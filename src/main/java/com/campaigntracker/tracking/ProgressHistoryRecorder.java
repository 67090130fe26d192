package com.campaigntracker.tracking;

import com.campaigntracker.plan.TaskProgressReported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps every progress report as history, in the transaction that made it. */
@Component
class ProgressHistoryRecorder {

    private final ProgressUpdateRepository updates;

    ProgressHistoryRecorder(ProgressUpdateRepository updates) {
        this.updates = updates;
    }

    @EventListener
    void on(TaskProgressReported e) {
        updates.save(new ProgressUpdate(e.workItemId(), e.projectId(), e.by(), e.at(), e.percent(), e.status(),
                e.blockedReason(), e.note(), e.source(), e.awaitingAcceptance()));
    }
}
