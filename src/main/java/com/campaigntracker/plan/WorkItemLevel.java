package com.campaigntracker.plan;

/** The three levels of a work tree (R1): 阶段 Phase › 模块 Module › 任务 Task. */
public enum WorkItemLevel {
    PHASE(1), MODULE(2), TASK(3);

    private final int depth;

    WorkItemLevel(int depth) {
        this.depth = depth;
    }

    public int depth() {
        return depth;
    }

    /** The level of a child of this level; there is none below Task. */
    public WorkItemLevel childLevel() {
        return switch (this) {
            case PHASE -> MODULE;
            case MODULE -> TASK;
            case TASK -> throw new WorkTreeTooDeepException();
        };
    }
}
