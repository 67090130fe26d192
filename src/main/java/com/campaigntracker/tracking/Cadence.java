package com.campaigntracker.tracking;

/** How often a task's owner updates it (R8), in working days between updates. */
public enum Cadence {
    DAILY(1), WEEKLY(5), BIWEEKLY(10);

    /** Longer than this many working days, a task is updated every two weeks. */
    public static final int LONG_TASK_DAYS = 30;

    private final int workingDays;

    Cadence(int workingDays) {
        this.workingDays = workingDays;
    }

    public int workingDays() {
        return workingDays;
    }

    /** R8: critical or key tasks daily, tasks longer than 30 working days every two weeks, the rest weekly. */
    public static Cadence of(boolean critical, boolean keyTask, Integer plannedWorkingDays) {
        if (critical || keyTask) {
            return DAILY;
        }
        return plannedWorkingDays != null && plannedWorkingDays > LONG_TASK_DAYS ? BIWEEKLY : WEEKLY;
    }
}
