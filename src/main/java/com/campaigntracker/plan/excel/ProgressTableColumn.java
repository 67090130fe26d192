package com.campaigntracker.plan.excel;

import java.util.List;

/**
 * The fields of the users' table. Each has the header the product writes (Chinese and English); the
 * words people use for it in their own tables are in {@link HeaderVocabulary}.
 */
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
    BUFFER("缓冲", "Buffer"),
    // read only: numbers that show the tree (1, 1.1, 1.1.1) when no level column does; never written
    WBS("编号", "WBS");

    private final List<String> headers;

    ProgressTableColumn(String... headers) {
        this.headers = List.of(headers);
    }

    /** The columns an export writes, in this order (the WBS is the tree the rows' order and levels show). */
    static List<ProgressTableColumn> written() {
        return java.util.Arrays.stream(values()).filter(c -> c != WBS).toList();
    }

    public String header() {
        return headers.get(0);
    }

    public String header(boolean english) {
        return headers.get(english ? 1 : 0);
    }
}
