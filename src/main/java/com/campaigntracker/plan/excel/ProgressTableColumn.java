package com.campaigntracker.plan.excel;

import java.util.List;

/** The columns of the users' table, found by their header text (Chinese as they write it, or English). */
enum ProgressTableColumn {
    LEVEL("任务层级", "Level"),
    NAME("任务名称", "Name"),
    DESCRIPTION("任务描述", "Description"),
    DELIVERABLES("交付物", "Deliverables"),
    OWNER("负责人", "Responsible"),
    PLANNED_START("计划开始", "Planned start"),
    PLANNED_FINISH("计划完成", "Planned finish"),
    ACTUAL_START("实际开始", "Actual start"),
    ACTUAL_FINISH("实际完成", "Actual finish"),
    STATUS("进度状态", "Status"),
    PERCENT("完成度", "% complete"),
    RISK("风险等级", "Risk level"),
    REMARKS("备注", "Remarks");

    private final List<String> headers;

    ProgressTableColumn(String... headers) {
        this.headers = List.of(headers);
    }

    /** Headers may carry a note in brackets, e.g. 备注（风险/偏差说明）. */
    boolean matches(String header) {
        String h = header.strip();
        return headers.stream().anyMatch(name -> h.equalsIgnoreCase(name)
                || h.startsWith(name + "（") || h.startsWith(name + "("));
    }

    String header() {
        return headers.get(0);
    }
}
