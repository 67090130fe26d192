package com.campaigntracker.plan.excel;

import java.util.List;

/** The columns of the users' table, found by their header text (Chinese as they write it, or English). */
public enum ProgressTableColumn {
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
    REMARKS("备注", "Remarks"),
    // optional columns beyond the users' table
    PREDECESSORS("前置任务", "Predecessors"),
    PRIORITY("优先级", "Priority"),
    ACCOUNTABLE("审批人", "Accountable"),
    CONSULTED("咨询人", "Consulted"),
    INFORMED("知会人", "Informed"),
    MILESTONE("里程碑", "Milestone"),
    ESTIMATE("耗时预估", "Estimate"),
    BUFFER("缓冲", "Buffer");

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

    String header(boolean english) {
        return headers.get(english ? 1 : 0);
    }
}
