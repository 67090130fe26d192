package com.campaigntracker.tracking;

import com.campaigntracker.plan.EmergencyBuffer;

/**
 * Late: the emergency buffer is overrun, or the finish slipped past the baseline with no buffer to
 * absorb it, or a critical task is late. At risk: any late or blocked task, a high open risk, an
 * overdue update of a critical task, or more buffer consumed than progress made (R18). Else on track.
 */
final class HealthRule {

    private HealthRule() {
    }

    static Health of(EmergencyBuffer buffer, Integer finishSlip, int percentComplete, boolean lateCriticalTask,
                     int lateTasks, int blockedTasks, int highRisks, boolean overdueCriticalUpdate) {
        boolean slipped = finishSlip != null && finishSlip > (buffer == null ? 0 : buffer.days());
        if ((buffer != null && buffer.overrun()) || slipped || lateCriticalTask) {
            return Health.LATE;
        }
        if (lateTasks > 0 || blockedTasks > 0 || highRisks > 0 || overdueCriticalUpdate
                || (buffer != null && buffer.percentUsed() > percentComplete)) {
            return Health.AT_RISK;
        }
        return Health.ON_TRACK;
    }
}
