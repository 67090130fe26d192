package com.campaigntracker.plan.excel;

import static com.campaigntracker.plan.excel.ProgressTableColumn.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderVocabularyTest {

    private static Optional<ProgressTableColumn> field(String header) {
        return HeaderVocabulary.match(header).map(HeaderVocabulary.Match::field);
    }

    @Test
    void each_field_knows_the_words_people_write_in_chinese_and_english() {
        Map<ProgressTableColumn, List<String>> words = new LinkedHashMap<>();
        words.put(NAME, List.of("任务", "任务名", "任务名称", "工作项", "事项", "Task", "Task name", "Name", "Title"));
        words.put(OWNER, List.of("负责人", "责任人", "执行人", "Owner", "Assignee", "Responsible"));
        words.put(PLANNED_START, List.of("开始", "开始日期", "开始时间", "计划开始", "Start", "Start date", "Planned start"));
        words.put(PLANNED_FINISH, List.of("结束", "结束日期", "截止日期", "完成日期", "计划完成", "End", "Finish", "Due",
                "Due date", "Planned finish"));
        words.put(PERCENT, List.of("进度", "完成率", "完成度", "Progress", "% done", "% complete"));
        words.put(LEVEL, List.of("层级", "级别", "任务层级", "Level", "Type"));
        words.put(STATUS, List.of("状态", "进度状态", "Status"));
        words.put(DESCRIPTION, List.of("描述", "任务描述", "说明", "Description"));
        words.put(DELIVERABLES, List.of("交付物", "交付成果", "Deliverables"));
        words.put(RISK, List.of("风险", "风险等级", "Risk", "Risk level"));
        words.put(REMARKS, List.of("备注", "Remarks", "Notes", "Comments"));
        words.put(PREDECESSORS, List.of("前置任务", "紧前任务", "Predecessors", "Depends on"));
        words.put(PRIORITY, List.of("优先级", "Priority"));
        words.put(ACCOUNTABLE, List.of("审批人", "Accountable", "Approver", "A"));
        words.put(CONSULTED, List.of("咨询人", "Consulted", "C"));
        words.put(INFORMED, List.of("知会人", "Informed", "I"));
        words.put(MILESTONE, List.of("里程碑", "是否里程碑", "Milestone"));
        words.put(ESTIMATE, List.of("耗时预估", "工期", "Estimate", "Duration"));
        words.put(BUFFER, List.of("缓冲", "Buffer"));
        words.put(ACTUAL_START, List.of("实际开始", "Actual start"));
        words.put(ACTUAL_FINISH, List.of("实际完成", "实际结束", "Actual finish"));
        words.put(WBS, List.of("WBS", "编号", "序号", "No.", "#"));

        words.forEach((field, headers) -> headers.forEach(header ->
                assertThat(field(header)).as(header).contains(field)));
    }

    @Test
    void case_spaces_width_and_whatever_stands_in_brackets_do_not_count() {
        assertThat(field("TASK  NAME")).contains(NAME);
        assertThat(field("ｔａｓｋ　ｎａｍｅ")).contains(NAME);
        assertThat(field(" 任务名称（必填） ")).contains(NAME);
        assertThat(field("Progress (%)")).contains(PERCENT);
        assertThat(field("完成度[%]")).contains(PERCENT);
        assertThat(field("备注（风险/偏差说明）")).contains(REMARKS);
        assertThat(field("【负责人】")).isEmpty(); // all of it in brackets: nothing left to name a field
        assertThat(HeaderVocabulary.normalise("Planned_Start-Date")).isEqualTo("plannedstartdate");
    }

    @Test
    void a_header_that_holds_a_word_is_a_weaker_guess_where_the_longer_and_earlier_word_wins() {
        assertThat(field("计划开始日期")).contains(PLANNED_START);
        assertThat(field("实际开始日期")).contains(ACTUAL_START);
        assertThat(field("任务开始时间")).contains(PLANNED_START);
        assertThat(field("Planned start date")).contains(PLANNED_START);
        assertThat(HeaderVocabulary.match("负责人").orElseThrow().specificity())
                .isGreaterThan(HeaderVocabulary.match("负责人电话").orElseThrow().specificity());
        // short words are never found inside others: "No" is not in "Notes", "A" not in "Area"
        assertThat(field("Notes")).contains(REMARKS);
        assertThat(field("Area")).isEmpty();
        assertThat(field("预算")).isEmpty();
    }

    @Test
    void of_two_columns_for_one_field_the_more_specific_is_taken_and_the_first_of_equals() {
        ColumnMapping mapping = mapping(Map.of(), "开始", "计划开始", "实际开始", "Task", "任务", "负责人");

        assertThat(mapping.fields()).containsEntry(PLANNED_START, 1).containsEntry(ACTUAL_START, 2)
                .containsEntry(NAME, 3).containsEntry(OWNER, 5);
        assertThat(mapping.columns()).extracting(ImportColumn::field)
                .containsExactly(null, PLANNED_START, ACTUAL_START, NAME, null, OWNER);
        assertThat(mapping.unmapped()).containsExactly("开始", "任务");
    }

    @Test
    void the_managers_choices_come_before_any_guess_and_a_field_chosen_twice_is_read_from_the_first() {
        ColumnMapping mapping = mapping(Map.of(0, Optional.of(NAME), 1, Optional.empty(), 3, Optional.of(NAME)),
                "Bezeichnung", "Task", "Owner", "Titel");

        assertThat(mapping.fields()).containsEntry(NAME, 0).containsEntry(OWNER, 2).doesNotContainKey(LEVEL);
        assertThat(mapping.columns()).extracting(ImportColumn::field).containsExactly(NAME, null, OWNER, null);
        assertThat(mapping.columns()).extracting(ImportColumn::chosen).containsExactly(true, true, false, true);
    }

    @Test
    void levels_are_read_in_the_ways_people_write_them() {
        assertThat(List.of("一级阶段", "阶段", "Phase", "Phase 4", "1", "L1", "Stage")).allSatisfy(v ->
                assertThat(TreeFinder.levelDepth(v)).as(v).isEqualTo(1));
        assertThat(List.of("二级模块", "模块", "Module", "2", "Level 2", "２")).allSatisfy(v ->
                assertThat(TreeFinder.levelDepth(v)).as(v).isEqualTo(2));
        assertThat(List.of("三级任务", "任务", "Task", "3", "子任务")).allSatisfy(v ->
                assertThat(TreeFinder.levelDepth(v)).as(v).isEqualTo(3));
        assertThat(List.of("四级任务", "4", "Level 5")).allSatisfy(v ->
                assertThat(TreeFinder.levelDepth(v)).as(v).isGreaterThan(3));
        assertThat(TreeFinder.levelDepth("其他")).isZero();
    }

    @Test
    void the_same_headers_however_spelt_give_the_same_signature_and_other_places_another() {
        String a = header("任务名称", "负责人").signature();
        assertThat(header(" 任务名称 ", "负责人（R）").signature()).isEqualTo(a);
        assertThat(header("负责人", "任务名称").signature()).isNotEqualTo(a);
    }

    @Test
    void a_title_above_the_headers_is_passed_over() {
        List<SheetRow> rows = List.of(row(0, "2024 新品上市推广进度表"), row(2, "层级", "任务", "责任人"),
                row(3, "阶段", "推广", "张经理"));
        TableHeader header = TableHeader.find(rows);
        assertThat(header.rowNumber()).isEqualTo(3);
        assertThat(header.dataRows(rows)).hasSize(1);
    }

    private static ColumnMapping mapping(Map<Integer, Optional<ProgressTableColumn>> choices, String... headers) {
        return ColumnMapping.of(header(headers), List.of(), choices);
    }

    private static TableHeader header(String... headers) {
        return TableHeader.find(List.of(row(0, headers)));
    }

    private static SheetRow row(int number, String... texts) {
        Map<Integer, SheetCell> cells = new LinkedHashMap<>();
        for (int i = 0; i < texts.length; i++) {
            cells.put(i, SheetCell.text(texts[i]));
        }
        return new SheetRow(number, cells);
    }
}
