package com.campaigntracker.plan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Tables as teams write them (issue 20, items 1–3): other headers, Chinese or English; the tree as a
 * level column, WBS numbers, numbered names or indentation; columns mapped by hand and remembered.
 * Every preview is checked row by row; every import takes all rows or none.
 */
class AnyTableImportIT extends IntegrationTest {

    @Autowired
    PlanImportService imports;
    @Autowired
    ProjectService projects;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private String manager;

    @BeforeEach
    void signIn() {
        manager = fixtures.manager("any-table", "任意表格经理").getUsername();
        SignIn.as(users, manager);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static final LocalDate NOV_1 = LocalDate.of(2027, 11, 1);

    @Test
    void the_english_double_eleven_plan_with_its_own_headers_previews_and_imports_with_lags_ss_links_and_milestones() {
        byte[] file = new Table("Level", "Task name", "Description", "Deliverables", "Owner", "Planned start",
                "Planned finish", "Progress", "Status", "Predecessors", "Milestone", "Priority")
                .row("Phase", "Double 11", "-", "-", "张经理", "2027-11-01", "2027-11-17", "-", "-", "-", "-", "-")
                .row("Module", "Warm-up", "-", "-", "小红", "2027-11-01", "2027-11-11", "-", "-", "-", "-", "-")
                .row("Task", "Key visual", "Hero image", "KV files", "小李", "2027-11-01", "2027-11-05", "40%",
                        "In progress", "-", "No", "High")
                .row("Task", "Materials", "Print and web", "Banners", "小王", "2027-11-03", "2027-11-10", "0%",
                        "Not started", "1.1.1SS+2", "No", "Medium")
                .row("Task", "Go live", "-", "Live pages", "小张", "2027-11-11", "2027-11-11", "0%", "Not started",
                        "1.1.2", "Yes", "High")
                .row("Module", "Review", "-", "-", "张经理", "2027-11-15", "2027-11-17", "-", "-", "-", "-", "-")
                .row("Task", "Retrospective", "-", "Report", "张经理", "2027-11-15", "2027-11-17", "0%",
                        "Not started", "1.1.3FS+1", "No", "Low")
                .xlsx();

        ImportPreview preview = imports.preview(file, "double11.xlsx", ImportOptions.byDefault());

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.tree()).isEqualTo(TreeSource.LEVEL_COLUMN);
        assertThat(preview.columns()).extracting(ImportColumn::header, ImportColumn::field).containsExactly(
                tuple("Level", ProgressTableColumn.LEVEL), tuple("Task name", ProgressTableColumn.NAME),
                tuple("Description", ProgressTableColumn.DESCRIPTION),
                tuple("Deliverables", ProgressTableColumn.DELIVERABLES), tuple("Owner", ProgressTableColumn.OWNER),
                tuple("Planned start", ProgressTableColumn.PLANNED_START),
                tuple("Planned finish", ProgressTableColumn.PLANNED_FINISH),
                tuple("Progress", ProgressTableColumn.PERCENT), tuple("Status", ProgressTableColumn.STATUS),
                tuple("Predecessors", ProgressTableColumn.PREDECESSORS),
                tuple("Milestone", ProgressTableColumn.MILESTONE), tuple("Priority", ProgressTableColumn.PRIORITY));
        assertThat(preview.rows()).extracting(ProgressTableRow::rowNumber, ProgressTableRow::level, ProgressTableRow::name,
                ProgressTableRow::ownerName, ProgressTableRow::plannedStart, ProgressTableRow::plannedFinish,
                ProgressTableRow::percentComplete, ProgressTableRow::status, ProgressTableRow::predecessors,
                ProgressTableRow::milestone).containsExactly(
                tuple(2, WorkItemLevel.PHASE, "Double 11", "张经理", NOV_1, NOV_1.plusDays(16), 0,
                        ProgressStatus.NOT_STARTED, null, false),
                tuple(3, WorkItemLevel.MODULE, "Warm-up", "小红", NOV_1, NOV_1.plusDays(10), 0,
                        ProgressStatus.NOT_STARTED, null, false),
                tuple(4, WorkItemLevel.TASK, "Key visual", "小李", NOV_1, NOV_1.plusDays(4), 40,
                        ProgressStatus.IN_PROGRESS, null, false),
                tuple(5, WorkItemLevel.TASK, "Materials", "小王", NOV_1.plusDays(2), NOV_1.plusDays(9), 0,
                        ProgressStatus.NOT_STARTED, "1.1.1SS+2", false),
                tuple(6, WorkItemLevel.TASK, "Go live", "小张", NOV_1.plusDays(10), NOV_1.plusDays(10), 0,
                        ProgressStatus.NOT_STARTED, "1.1.2", true),
                tuple(7, WorkItemLevel.MODULE, "Review", "张经理", NOV_1.plusDays(14), NOV_1.plusDays(16), 0,
                        ProgressStatus.NOT_STARTED, null, false),
                tuple(8, WorkItemLevel.TASK, "Retrospective", "张经理", NOV_1.plusDays(14), NOV_1.plusDays(16), 0,
                        ProgressStatus.NOT_STARTED, "1.1.3FS+1", false));

        long id = imports.importAsNewProject(file, "double11.xlsx", ImportOptions.byDefault(), "Double 11 imported");

        List<WorkItemRow> rows = projects.workTree(id).orElseThrow().rows();
        assertThat(rows).extracting(WorkItemRow::wbs, WorkItemRow::name, WorkItemRow::ownerName)
                .containsExactly(tuple("1", "Double 11", "张经理"), tuple("1.1", "Warm-up", "小红"),
                        tuple("1.1.1", "Key visual", "小李"), tuple("1.1.2", "Materials", "小王"),
                        tuple("1.1.3", "Go live", "小张"), tuple("1.2", "Review", "张经理"),
                        tuple("1.2.1", "Retrospective", "张经理"));
        assertThat(rows.get(3).predecessors()).containsExactly("1.1.1SS+2");
        assertThat(rows.get(4).predecessors()).containsExactly("1.1.2");
        assertThat(rows.get(6).predecessors()).containsExactly("1.1.3FS+1");
        assertThat(rows.get(4).milestone()).isTrue();
        assertThat(rows.get(2).percentComplete()).isEqualTo(40);
    }

    @Test
    void the_chinese_table_with_its_own_headers_previews_row_by_row_and_imports() {
        byte[] file = new Table("层级", "任务", "责任人", "开始日期", "结束日期", "进度", "状态")
                .row("阶段", "双十一", "张经理", "2027-11-01", "2027-11-12", "-", "-")
                .row("模块", "预热", "小红", "2027-11-01", "2027-11-12", "-", "-")
                .row("任务", "主视觉", "小李", "2027-11-01", "2027-11-05", "100%", "已完成")
                .row("任务", "物料", "小王", "2027-11-08", "2027-11-12", "30%", "进行中")
                .xlsx();

        ImportPreview preview = imports.preview(file, "双十一.xlsx", ImportOptions.byDefault());

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.suggestedName()).isEqualTo("双十一");
        assertThat(preview.columns()).extracting(ImportColumn::field).containsExactly(ProgressTableColumn.LEVEL,
                ProgressTableColumn.NAME, ProgressTableColumn.OWNER, ProgressTableColumn.PLANNED_START,
                ProgressTableColumn.PLANNED_FINISH, ProgressTableColumn.PERCENT, ProgressTableColumn.STATUS);
        assertThat(preview.rows()).extracting(ProgressTableRow::level, ProgressTableRow::name, ProgressTableRow::ownerName,
                ProgressTableRow::plannedStart, ProgressTableRow::plannedFinish, ProgressTableRow::percentComplete,
                ProgressTableRow::status).containsExactly(
                tuple(WorkItemLevel.PHASE, "双十一", "张经理", NOV_1, NOV_1.plusDays(11), 0, ProgressStatus.NOT_STARTED),
                tuple(WorkItemLevel.MODULE, "预热", "小红", NOV_1, NOV_1.plusDays(11), 0, ProgressStatus.NOT_STARTED),
                tuple(WorkItemLevel.TASK, "主视觉", "小李", NOV_1, NOV_1.plusDays(4), 100, ProgressStatus.DONE),
                tuple(WorkItemLevel.TASK, "物料", "小王", NOV_1.plusDays(7), NOV_1.plusDays(11), 30,
                        ProgressStatus.IN_PROGRESS));

        long id = imports.importAsNewProject(file, "双十一.xlsx", ImportOptions.byDefault(), null);

        assertThat(projects.workTree(id).orElseThrow().rows()).extracting(WorkItemRow::wbs, WorkItemRow::name,
                        WorkItemRow::percentComplete)
                .containsExactly(tuple("1", "双十一", 65), tuple("1.1", "预热", 65), tuple("1.1.1", "主视觉", 100),
                        tuple("1.1.2", "物料", 30));
    }

    @Test
    void a_wbs_column_alone_shows_the_tree() {
        byte[] file = new Table("WBS", "任务名称", "负责人", "开始", "结束")
                .row("1", "推广", "张经理", "2027-11-01", "2027-11-05")
                .row("1.1", "筹备", "小红", "2027-11-01", "2027-11-05")
                .row("1.1.1", "主视觉", "小李", "2027-11-01", "2027-11-05")
                .row("2", "收尾", "张经理", "2027-11-08", "2027-11-08")
                .xlsx();

        ImportPreview preview = imports.preview(file, "wbs.xlsx", ImportOptions.byDefault());

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.tree()).isEqualTo(TreeSource.WBS_COLUMN);
        assertThat(preview.rows()).extracting(ProgressTableRow::level, ProgressTableRow::name).containsExactly(
                tuple(WorkItemLevel.PHASE, "推广"), tuple(WorkItemLevel.MODULE, "筹备"),
                tuple(WorkItemLevel.TASK, "主视觉"), tuple(WorkItemLevel.PHASE, "收尾"));
        long id = imports.importAsNewProject(file, "wbs.xlsx", ImportOptions.byDefault(), "WBS 导入");
        assertThat(projects.workTree(id).orElseThrow().rows()).extracting(WorkItemRow::wbs)
                .containsExactly("1", "1.1", "1.1.1", "2");
    }

    @Test
    void predecessors_name_rows_by_the_tables_own_numbers() {
        // 序号 counts rows 1, 2, 3 …; the level column shows the tree; 前置任务 names rows by 序号
        byte[] file = new Table("序号", "层级", "任务", "负责人", "开始", "结束", "前置任务")
                .row("1", "阶段", "推广", "张经理", "2027-11-01", "2027-11-10", "")
                .row("2", "模块", "筹备", "小红", "2027-11-01", "2027-11-10", "")
                .row("3", "任务", "主视觉", "小李", "2027-11-01", "2027-11-03", "")
                .row("4", "任务", "物料", "小王", "2027-11-04", "2027-11-05", "3SS+1")
                .row("5", "任务", "上线", "小张", "2027-11-08", "2027-11-10", "4, 1.1.1")
                .xlsx();

        ImportPreview preview = imports.preview(file, "serial.xlsx", ImportOptions.byDefault());

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ProgressTableRow::predecessors)
                .containsExactly(null, null, null, "1.1.1SS+1", "1.1.2, 1.1.1");
        long id = imports.importAsNewProject(file, "serial.xlsx", ImportOptions.byDefault(), "序号导入");
        List<WorkItemRow> rows = projects.workTree(id).orElseThrow().rows();
        assertThat(rows.get(3).predecessors()).containsExactly("1.1.1SS+1");
        assertThat(rows.get(4).predecessors()).containsExactlyInAnyOrder("1.1.2", "1.1.1");
    }

    @Test
    void a_wbs_column_with_gaps_links_the_rows_it_names() {
        // 1.1.1 was deleted from the table: the plan numbers 1.1.2 as 1.1.1, the link still means 物料
        byte[] file = new Table("WBS", "任务名称", "开始", "结束", "前置任务")
                .row("1", "推广", "2027-11-01", "2027-11-10", "")
                .row("1.1", "筹备", "2027-11-01", "2027-11-10", "")
                .row("1.1.2", "物料", "2027-11-01", "2027-11-03", "")
                .row("1.1.3", "上线", "2027-11-04", "2027-11-05", "1.1.2")
                .row("1.1.4", "复盘", "2027-11-08", "2027-11-10", "1.1.1")
                .xlsx();

        ImportPreview preview = imports.preview(file, "gaps.xlsx", ImportOptions.byDefault());

        assertThat(preview.rows()).extracting(ProgressTableRow::predecessors)
                .containsExactly(null, null, null, "1.1.1", "1.1.1");
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.rowNumber()).isEqualTo(6);
            assertThat(p.messageKey()).isEqualTo("import.problem.unknownPredecessor");
            assertThat(p.args()).containsExactly("1.1.1");
        });
    }

    @Test
    void numbers_before_the_names_show_the_tree_and_are_taken_off_the_names() {
        byte[] file = new Table("任务名称", "负责人", "开始", "结束")
                .row("1 推广", "张经理", "2027-11-01", "2027-11-05")
                .row("1.1、筹备", "小红", "2027-11-01", "2027-11-05")
                .row("1.1.1物料设计", "小李", "2027-11-01", "2027-11-05")
                .row("1.1.2 3款竞品分析", "小王", "2027-11-01", "2027-11-05")
                .xlsx();

        ImportPreview preview = imports.preview(file, "numbered.xlsx", ImportOptions.byDefault());

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.tree()).isEqualTo(TreeSource.NAME_NUMBERS);
        assertThat(preview.rows()).extracting(ProgressTableRow::level, ProgressTableRow::name).containsExactly(
                tuple(WorkItemLevel.PHASE, "推广"), tuple(WorkItemLevel.MODULE, "筹备"),
                tuple(WorkItemLevel.TASK, "物料设计"), tuple(WorkItemLevel.TASK, "3款竞品分析"));
    }

    @Test
    void indented_names_show_the_tree_by_spaces_full_width_spaces_or_tabs() {
        byte[] file = new Table("Task", "Owner", "Start", "End")
                .row("Launch", "张经理", "2027-11-01", "2027-11-05")
                .row("  Research", "小红", "2027-11-01", "2027-11-05")
                .row("\u3000\u3000User survey", "小李", "2027-11-01", "2027-11-05")
                .row("\tCompetitors", "小王", "2027-11-01", "2027-11-05")
                .row("  Design", "小红", "2027-11-01", "2027-11-05")
                .xlsx();

        ImportPreview preview = imports.preview(file, "indented.xlsx", ImportOptions.byDefault());

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.tree()).isEqualTo(TreeSource.INDENTATION);
        assertThat(preview.rows()).extracting(ProgressTableRow::level, ProgressTableRow::name).containsExactly(
                tuple(WorkItemLevel.PHASE, "Launch"), tuple(WorkItemLevel.MODULE, "Research"),
                tuple(WorkItemLevel.TASK, "User survey"), tuple(WorkItemLevel.TASK, "Competitors"),
                tuple(WorkItemLevel.MODULE, "Design"));
    }

    @Test
    void excel_cell_indents_show_the_tree_and_a_row_count_column_that_does_not_nest_is_passed_over() {
        byte[] file = new Table("序号", "工作项", "执行人", "开始时间", "截止日期")
                .row("1", "推广", "张经理", "2027-11-01", "2027-11-05")
                .row("2", "筹备", "小红", "2027-11-01", "2027-11-05").indent(1)
                .row("3", "主视觉", "小李", "2027-11-01", "2027-11-05").indent(2)
                .row("4", "文案", "小王", "2027-11-01", "2027-11-05").indent(2)
                .xlsx();

        ImportPreview preview = imports.preview(file, "indent.xlsx", ImportOptions.byDefault());

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.tree()).isEqualTo(TreeSource.INDENTATION);
        assertThat(preview.columns().get(0).field()).isEqualTo(ProgressTableColumn.WBS);
        assertThat(preview.rows()).extracting(ProgressTableRow::level, ProgressTableRow::name).containsExactly(
                tuple(WorkItemLevel.PHASE, "推广"), tuple(WorkItemLevel.MODULE, "筹备"),
                tuple(WorkItemLevel.TASK, "主视觉"), tuple(WorkItemLevel.TASK, "文案"));
        long id = imports.importAsNewProject(file, "indent.xlsx", ImportOptions.byDefault(), "缩进导入");
        assertThat(projects.workTree(id).orElseThrow().rows()).hasSize(4);
    }

    @Test
    void a_table_that_shows_no_tree_is_refused_naming_the_ways_and_saves_nothing() {
        byte[] file = new Table("任务名称", "负责人", "备忘")
                .row("推广", "张经理", "甲")
                .row("筹备", "小红", "乙")
                .xlsx();
        long projectsBefore = jdbc.queryForObject("select count(*) from project", Long.class);

        ImportPreview preview = imports.preview(file, "flat.xlsx", ImportOptions.byDefault());

        assertThat(preview.importable()).isFalse();
        assertThat(preview.tree()).isEqualTo(TreeSource.NONE);
        assertThat(preview.problems()).extracting(TableProblem::rowNumber, TableProblem::messageKey, TableProblem::args)
                .containsExactly(tuple(1, "import.problem.noTree", List.of(List.of("备忘"))));
        assertThatThrownBy(() -> imports.importAsNewProject(file, "flat.xlsx", ImportOptions.byDefault(), "不应保存"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(TableProblem::messageKey).containsExactly("import.problem.noTree"));
        assertThat(jdbc.queryForObject("select count(*) from project", Long.class)).isEqualTo(projectsBefore);
    }

    @Test
    void a_fourth_level_is_a_problem_however_the_table_shows_it() {
        byte[] file = new Table("编号", "名称")
                .row("1", "推广").row("1.1", "筹备").row("1.1.1", "主视觉").row("1.1.1.1", "太深")
                .xlsx();

        ImportPreview preview = imports.preview(file, "deep.xlsx", ImportOptions.byDefault());

        assertThat(preview.problems()).extracting(TableProblem::rowNumber, TableProblem::column, TableProblem::messageKey)
                .containsExactly(tuple(5, "编号", "import.problem.fourthLevel"));
        assertThat(preview.importable()).isFalse();
    }

    @Test
    void a_column_not_understood_is_named_as_a_candidate_mapped_by_hand_and_the_mapping_is_remembered() {
        byte[] file = new Table("层级", "Bezeichnung", "负责人", "Memo")
                .row("阶段", "推广", "张经理", "x")
                .row("模块", "筹备", "小红", "y")
                .xlsx();

        ImportPreview guessed = imports.preview(file, "de.xlsx", ImportOptions.byDefault());
        assertThat(guessed.remembered()).isFalse();
        assertThat(guessed.problems()).extracting(TableProblem::messageKey, TableProblem::args).containsExactly(
                tuple("import.problem.missingField", List.of(ProgressTableColumn.NAME, List.of("Bezeichnung", "Memo"))));

        ImportOptions mapped = guessed.choose(1, Optional.of(ProgressTableColumn.NAME));
        ImportPreview chosen = imports.preview(file, "de.xlsx", mapped);
        assertThat(chosen.problems()).isEmpty();
        assertThat(chosen.rows()).extracting(ProgressTableRow::name).containsExactly("推广", "筹备");
        assertThat(chosen.columns()).extracting(ImportColumn::field, ImportColumn::chosen).containsExactly(
                tuple(ProgressTableColumn.LEVEL, false), tuple(ProgressTableColumn.NAME, true),
                tuple(ProgressTableColumn.OWNER, false), tuple(null, false));

        // the next file with the same headers (other rows) is read the same way
        byte[] next = new Table("层级", "Bezeichnung", "负责人", "Memo").row("阶段", "总结", "张经理", "z").xlsx();
        ImportPreview again = imports.preview(next, "de-2.xlsx", ImportOptions.byDefault());
        assertThat(again.remembered()).isTrue();
        assertThat(again.problems()).isEmpty();
        assertThat(again.rows()).extracting(ProgressTableRow::name).containsExactly("总结");
        assertThat(again.options().columns()).containsEntry(1, Optional.of(ProgressTableColumn.NAME));

        // choosing the name for another column sets the one that had it to ignored: one field, one column
        ImportOptions moved = again.choose(3, Optional.of(ProgressTableColumn.NAME));
        assertThat(moved.columns()).containsEntry(1, Optional.empty()).containsEntry(3, Optional.of(ProgressTableColumn.NAME));

        // remembered for this person only
        SignIn.as(users, fixtures.manager("any-table-other", "另一位经理").getUsername());
        assertThat(imports.preview(next, "de-2.xlsx", ImportOptions.byDefault()).remembered()).isFalse();
    }

    @Test
    void what_was_previewed_with_a_mapping_is_what_is_imported_all_rows_or_none() {
        byte[] file = new Table("层级", "任务", "负责人", "Leiter")
                .row("阶段", "推广", "张经理", "查无此人")
                .row("模块", "筹备", "小红", "小红")
                .xlsx();
        ImportPreview guessed = imports.preview(file, "leiter.xlsx", ImportOptions.byDefault());
        assertThat(guessed.problems()).isEmpty();
        long projectsBefore = jdbc.queryForObject("select count(*) from project", Long.class);

        ImportOptions leiterIsOwner = guessed.choose(3, Optional.of(ProgressTableColumn.OWNER));
        ImportPreview mapped = imports.preview(file, "leiter.xlsx", leiterIsOwner);

        assertThat(mapped.problems()).extracting(TableProblem::rowNumber, TableProblem::column, TableProblem::messageKey)
                .containsExactly(tuple(2, "Leiter", "import.problem.unknownPerson"));
        assertThatThrownBy(() -> imports.importAsNewProject(file, "leiter.xlsx", leiterIsOwner, "不应保存"))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(jdbc.queryForObject("select count(*) from project", Long.class)).isEqualTo(projectsBefore);

        // the owner back in its own column: the choice made last is the one imported
        long id = imports.importAsNewProject(file, "leiter.xlsx", mapped.choose(2, Optional.of(ProgressTableColumn.OWNER)),
                "按映射导入");
        assertThat(projects.workTree(id).orElseThrow().rows()).extracting(WorkItemRow::ownerName)
                .containsExactly("张经理", "小红");
    }

    @Test
    void a_title_above_the_headers_is_passed_over_and_another_sheet_can_be_chosen() {
        byte[] file = new Table("说明").row("这一页不是计划")
                .sheet("计划").title("2027 双十一进度表")
                .headers("层级", "任务", "负责人").row("阶段", "双十一", "张经理").row("模块", "预热", "小红")
                .xlsx();

        ImportPreview first = imports.preview(file, "two.xlsx", ImportOptions.byDefault());
        assertThat(first.sheetNames()).containsExactly("Sheet1", "计划");
        assertThat(first.importable()).isFalse();

        ImportPreview second = imports.preview(file, "two.xlsx", first.options().withSheet(1));
        assertThat(second.problems()).isEmpty();
        assertThat(second.rows()).extracting(ProgressTableRow::rowNumber, ProgressTableRow::name)
                .containsExactly(tuple(4, "双十一"), tuple(5, "预热"));
        long id = imports.importAsNewProject(file, "two.xlsx", second.options(), null);
        assertThat(projects.workTree(id).orElseThrow().project().name()).isEqualTo("双十一");
    }

    /** A workbook written by the test: sheets of text cells, an optional title row, Excel indents on the names. */
    private static final class Table {
        private final List<Page> pages = new ArrayList<>();

        private record Line(String[] cells, int indent) {
        }

        private static final class Page {
            final String name;
            String title;
            String[] headers;
            final List<Line> lines = new ArrayList<>();

            Page(String name) {
                this.name = name;
            }
        }

        Table(String... headers) {
            pages.add(new Page("Sheet1"));
            headers(headers);
        }

        Table sheet(String name) {
            pages.add(new Page(name));
            return this;
        }

        Table title(String title) {
            last().title = title;
            return this;
        }

        Table headers(String... headers) {
            last().headers = headers;
            return this;
        }

        Table row(String... cells) {
            last().lines.add(new Line(cells, 0));
            return this;
        }

        /** Excel's indent on the name cell (the second column, or the first when it is the only text) of the last row. */
        Table indent(int indent) {
            List<Line> lines = last().lines;
            lines.set(lines.size() - 1, new Line(lines.get(lines.size() - 1).cells(), indent));
            return this;
        }

        private Page last() {
            return pages.get(pages.size() - 1);
        }

        byte[] xlsx() {
            try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Map<Integer, CellStyle> indents = new LinkedHashMap<>();
                for (Page page : pages) {
                    Sheet sheet = wb.createSheet(page.name);
                    int r = 0;
                    if (page.title != null) {
                        sheet.createRow(r++).createCell(0).setCellValue(page.title);
                        r++; // a blank line under the title
                    }
                    write(sheet.createRow(r++), page.headers);
                    for (Line line : page.lines) {
                        Row row = sheet.createRow(r++);
                        write(row, line.cells());
                        if (line.indent() > 0) {
                            CellStyle style = indents.computeIfAbsent(line.indent(), n -> {
                                CellStyle s = wb.createCellStyle();
                                s.setIndention(n.shortValue());
                                return s;
                            });
                            row.getCell(1).setCellStyle(style);
                        }
                    }
                }
                wb.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void write(Row row, String[] cells) {
            for (int c = 0; c < cells.length; c++) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }
}
