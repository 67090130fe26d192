package com.campaigntracker.plan.excel;

/** Where an imported table shows its tree (phase › module › task), in the order they are looked for. */
public enum TreeSource {
    /** a column of levels: 一级阶段/二级模块/三级任务, Phase/Module/Task, 1/2/3 */
    LEVEL_COLUMN,
    /** a column of WBS numbers: 1, 1.1, 1.1.1 */
    WBS_COLUMN,
    /** numbers before the names: "1.2 物料设计" (taken off the name) */
    NAME_NUMBERS,
    /** the names' indentation: leading spaces or tabs, or Excel's cell indent */
    INDENTATION,
    /** none of these: the table cannot be imported as it is */
    NONE
}
