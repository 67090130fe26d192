package com.campaigntracker.plan.excel;

import static com.campaigntracker.plan.excel.ProgressTableColumn.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words people write above each column, in Chinese and English, compared after
 * {@link #normalise normalising}: case, spaces, full or half width and whatever stands in brackets do
 * not count. A header that is one of a field's words is taken as it; otherwise a header that contains
 * one ("计划开始日期" holds "计划开始") is a weaker guess. Between two candidates the more specific wins:
 * an exact word over a contained one, a longer word over a shorter, one nearer the start over a later one.
 */
final class HeaderVocabulary {

    /** How sure a guess is: higher wins. */
    record Match(ProgressTableColumn field, int specificity) {

        /** The header is one of the field's words, not merely holding one. */
        boolean exact() {
            return specificity >= EXACT;
        }
    }

    private static final int EXACT = 10_000;

    private static final Map<ProgressTableColumn, List<String>> WORDS = new EnumMap<>(ProgressTableColumn.class);

    static {
        words(LEVEL, "任务层级", "层级", "级别", "层次", "任务级别", "层级类型", "大纲级别", "大纲层级", "类型", "任务类型",
                "Level", "Task level", "Outline level", "Type", "Hierarchy", "Tier");
        words(NAME, "任务名称", "任务", "任务名", "工作项", "事项", "工作事项", "任务事项", "工作任务", "工作内容", "名称",
                "Name", "Task", "Task name", "Title", "Item", "Work item", "Activity", "Activity name");
        words(DESCRIPTION, "任务描述", "描述", "说明", "任务说明", "详细说明", "内容", "工作描述", "任务内容",
                "Description", "Details", "Detail");
        words(DELIVERABLES, "交付物", "交付成果", "交付", "产出", "产出物", "成果", "输出物", "Deliverables", "Deliverable",
                "Output", "Outputs");
        words(OWNER, "负责人", "责任人", "执行人", "主责人", "经办人", "承办人", "处理人", "Owner", "Assignee", "Responsible",
                "Assigned to", "Person in charge", "R");
        words(PLANNED_START, "计划开始", "开始", "开始日期", "开始时间", "计划开始日期", "计划开始时间", "起始日期", "起始时间",
                "预计开始", "Start", "Start date", "Planned start", "Plan start", "Begin", "Scheduled start");
        words(PLANNED_FINISH, "计划完成", "结束", "结束日期", "结束时间", "截止日期", "截止时间", "截止", "完成日期", "完成时间",
                "计划结束", "计划完成日期", "计划完成时间", "计划结束日期", "计划结束时间", "预计完成", "到期日", "End", "End date",
                "Finish", "Finish date", "Due", "Due date", "Deadline", "Planned finish", "Planned end", "Plan finish",
                "Scheduled finish");
        words(ACTUAL_START, "实际开始", "实际开始日期", "实际开始时间", "Actual start", "Actual start date");
        words(ACTUAL_FINISH, "实际完成", "实际结束", "实际完成日期", "实际完成时间", "实际结束日期", "实际结束时间", "Actual finish",
                "Actual end", "Actual finish date", "Actual end date", "Completed on");
        words(STATUS, "进度状态", "状态", "任务状态", "执行状态", "完成状态", "当前状态", "Status", "State", "Task status");
        words(PERCENT, "完成度", "进度", "完成率", "完成比例", "完成百分比", "完成进度", "百分比", "当前进度", "Progress",
                "% done", "% complete", "Percent complete", "Percent done", "Completion", "%");
        words(RISK, "风险等级", "风险", "风险级别", "风险程度", "Risk level", "Risk");
        words(REMARKS, "备注", "注释", "批注", "备注说明", "Remarks", "Remark", "Notes", "Note", "Comments", "Comment");
        words(PREDECESSORS, "前置任务", "前置", "前序任务", "紧前任务", "依赖", "依赖任务", "依赖关系", "Predecessors",
                "Predecessor", "Depends on", "Dependencies", "Dependency");
        words(PRIORITY, "优先级", "优先", "重要程度", "Priority");
        words(ACCOUNTABLE, "审批人", "批准人", "审核人", "验收人", "Accountable", "Approver", "A");
        words(CONSULTED, "咨询人", "顾问", "Consulted", "C");
        words(INFORMED, "知会人", "知情人", "抄送", "抄送人", "Informed", "CC", "I");
        words(MILESTONE, "里程碑", "是否里程碑", "关键节点", "Milestone");
        words(ESTIMATE, "耗时预估", "预估工期", "工期", "预计工期", "计划工期", "耗时", "天数", "Estimate", "Duration",
                "Days", "Estimated days", "Effort");
        words(BUFFER, "缓冲", "缓冲期", "缓冲比例", "Buffer");
        words(WBS, "WBS", "WBS编号", "编号", "序号", "任务编号", "大纲编号", "No", "#", "Outline number", "Code");
    }

    private HeaderVocabulary() {
    }

    private static void words(ProgressTableColumn field, String... words) {
        List<String> normalised = new ArrayList<>();
        for (String word : words) {
            normalised.add(normalise(word));
        }
        WORDS.put(field, List.copyOf(normalised));
    }

    /**
     * Full width to half width (NFKC), lower case, what stands in brackets removed (units and notes:
     * 完成度(%)、备注（风险/偏差说明）), then spaces and joining marks removed.
     */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\([^)]*\\)?", "").replaceAll("\\[[^]]*]?", "").replaceAll("【[^】]*】?", "")
                .replaceAll("<[^>]*>?", "").replaceAll("〔[^〕]*〕?", "");
        return s.replaceAll("[\\s_\\-–—:：*.。·・/\\\\?？!！'\"“”‘’]", "");
    }

    /** The field a header names, with how sure that is; empty when it names none. */
    static Optional<Match> match(String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Match best = null;
        for (Map.Entry<ProgressTableColumn, List<String>> field : WORDS.entrySet()) {
            for (String word : field.getValue()) {
                int specificity = specificity(h, word);
                if (specificity > 0 && (best == null || specificity > best.specificity())) {
                    best = new Match(field.getKey(), specificity);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * 0 when the header does not hold the word. A contained word counts only when it says something on
     * its own: two Chinese characters, or four letters (so "no" is not found in "notes").
     */
    private static int specificity(String header, String word) {
        if (header.equals(word)) {
            return EXACT + word.length();
        }
        boolean latin = word.chars().allMatch(c -> c < 0x2E80);
        if (word.length() < (latin ? 4 : 2)) {
            return 0;
        }
        int at = header.indexOf(word);
        return at < 0 ? 0 : 100 * word.length() - at;
    }
}
