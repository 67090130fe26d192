package com.campaigntracker.plan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.plan.DependencyRow;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.schedule.DependencyType;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Relation;
import net.sf.mpxj.RelationType;
import net.sf.mpxj.Resource;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.mspdi.MSPDIWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 9: a plan written by MPXJ's own MSPDI writer (as Microsoft Project saves it) is read back with
 * the same preview and all-or-nothing import as the Excel table: hierarchy (a fourth level folded, said
 * in a note), dates, % complete, a milestone, dependencies with type and lag, resources as owners
 * when a person has that name (a role nobody is named after is left out, with a note).
 */
class MsProjectImportIT extends IntegrationTest {

    private static final LocalDate MON = LocalDate.of(2034, 4, 3);

    @Autowired
    PlanImportService imports;
    @Autowired
    ProjectService projects;
    @Autowired
    TimelineService timelines;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void out() {
        SignIn.out();
    }

    private static Task task(ProjectFile file, Task parent, String name, int level, LocalDate start,
                             LocalDate finish) {
        Task t = parent == null ? file.addTask() : parent.addTask();
        t.setName(name);
        t.setOutlineLevel(level);
        if (start != null) {
            t.setStart(start.atTime(8, 0));
            t.setFinish(finish.atTime(17, 0));
        }
        return t;
    }

    /** 新品上市 › 创意 › (主视觉, 文案 › (标题, 正文)), 渠道 › 上线 (milestone); two resources. */
    private static byte[] mspdi() throws Exception {
        ProjectFile file = new ProjectFile();
        Resource designer = file.addResource();
        designer.setName("MS设计师");
        Resource role = file.addResource();
        role.setName("外部代理商");
        Task phase = task(file, null, "新品上市", 1, null, null);
        Task creative = task(file, phase, "创意", 2, null, null);
        Task visual = task(file, creative, "主视觉", 3, MON, MON.plusDays(4));
        visual.addResourceAssignment(designer);
        visual.setPercentageComplete(100);
        visual.setActualStart(MON.atTime(8, 0));
        visual.setActualFinish(MON.plusDays(4).atTime(17, 0));
        Task copy = task(file, creative, "文案", 3, null, null);
        Task title = task(file, copy, "标题", 4, MON.plusDays(7), MON.plusDays(8));
        title.addResourceAssignment(role);
        Task body = task(file, copy, "正文", 4, MON.plusDays(7), MON.plusDays(9));
        body.setPercentageComplete(40);
        Task channel = task(file, phase, "渠道", 2, null, null);
        Task launch = task(file, channel, "上线", 3, MON.plusDays(14), MON.plusDays(14));
        launch.setMilestone(true);
        title.addPredecessor(new Relation.Builder().predecessorTask(visual).type(RelationType.FINISH_START)
                .lag(Duration.getInstance(16, TimeUnit.HOURS)));
        launch.addPredecessor(new Relation.Builder().predecessorTask(body).type(RelationType.FINISH_START)
                .lag(Duration.getInstance(0, TimeUnit.DAYS)));
        body.addPredecessor(new Relation.Builder().predecessorTask(visual).type(RelationType.START_START)
                .lag(Duration.getInstance(0, TimeUnit.DAYS)));
        // Project links summaries too: the launch follows the whole 创意 module, i.e. each of its tasks
        launch.addPredecessor(new Relation.Builder().predecessorTask(creative).type(RelationType.FINISH_START)
                .lag(Duration.getInstance(0, TimeUnit.DAYS)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MSPDIWriter().write(file, out);
        return out.toByteArray();
    }

    @Test
    void a_microsoft_project_plan_is_previewed_and_imported_with_its_hierarchy_dates_links_and_owners()
            throws Exception {
        fixtures.member("ms-designer", "MS设计师"); // a resource of that name becomes the owner
        SignIn.as(users, fixtures.manager("ms-m", "MS经理").getUsername());
        byte[] plan = mspdi();
        ImportPreview preview = imports.preview(plan, "新品上市.xml");
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ProgressTableRow::name)
                .containsExactly("新品上市", "创意", "主视觉", "标题", "正文", "渠道", "上线");
        assertThat(preview.rows()).extracting(ProgressTableRow::level).containsExactly(WorkItemLevel.PHASE,
                WorkItemLevel.MODULE, WorkItemLevel.TASK, WorkItemLevel.TASK, WorkItemLevel.TASK,
                WorkItemLevel.MODULE, WorkItemLevel.TASK);
        assertThat(preview.notes()).extracting(TableProblem::messageKey).contains("import.note.folded",
                "import.note.deeper", "import.note.unknownResource");
        assertThat(preview.suggestedName()).isEqualTo("新品上市");

        long id = imports.importAsNewProject(plan, "新品上市.xml", "从 Project 导入");
        List<WorkItemRow> rows = projects.workTree(id).orElseThrow().rows();
        WorkItemRow visual = named(rows, "主视觉");
        assertThat(visual.ownerName()).isEqualTo("MS设计师");
        assertThat(visual.plannedStart()).isEqualTo(MON);
        assertThat(visual.plannedFinish()).isEqualTo(MON.plusDays(4));
        assertThat(visual.percentComplete()).isEqualTo(100);
        assertThat(named(rows, "标题").ownerName()).isNull(); // 外部代理商 is nobody here
        assertThat(named(rows, "正文").percentComplete()).isEqualTo(40);
        assertThat(named(rows, "上线").milestone()).isTrue();
        assertThat(named(rows, "标题").wbs()).isEqualTo("1.1.2"); // folded under 创意

        List<DependencyRow> links = timelines.dependencies(id);
        assertThat(links).anySatisfy(l -> {
            assertThat(l.predecessorId()).isEqualTo(visual.id());
            assertThat(l.successorId()).isEqualTo(named(rows, "标题").id());
            assertThat(l.type()).isEqualTo(DependencyType.FS);
            assertThat(l.lagDays()).isEqualTo(2); // 16 hours of lag: two working days
        });
        assertThat(links).anySatisfy(l -> {
            assertThat(l.successorId()).isEqualTo(named(rows, "正文").id());
            assertThat(l.type()).isEqualTo(DependencyType.SS);
        });
        // 主视觉→标题, 主视觉→正文, 正文→上线, and 创意 (主视觉, 标题, 正文)→上线 without repeating 正文→上线
        assertThat(links).hasSize(5);
        assertThat(links.stream().filter(l -> l.successorId() == named(rows, "上线").id()).count()).isEqualTo(3);

        // something that is not a Project plan (here a zip): one problem, nothing unpacked, nothing saved
        assertThat(imports.preview(new byte[] {'P', 'K', 3, 4, 0, 0}, "x.mpp").problems())
                .extracting(TableProblem::messageKey).containsExactly("import.problem.notMsProject");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.preview(
                new byte[ProgressTableReader.MAX_BYTES + 1], "big.xml")).isInstanceOf(ProgressTableFormatException.class);
    }

    private static WorkItemRow named(List<WorkItemRow> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
