package com.campaigntracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.TestPlans;
import com.campaigntracker.closing.ImprovementAction;
import com.campaigntracker.closing.RetrospectiveForm;
import com.campaigntracker.closing.RetrospectiveKpi;
import com.campaigntracker.closing.RetrospectiveService;
import com.campaigntracker.people.Department;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProgressReport;
import com.campaigntracker.plan.ProgressService;
import com.campaigntracker.plan.ProgressSource;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTreeService;
import com.campaigntracker.shared.security.SystemActor;
import com.campaigntracker.tracking.RiskDetails;
import com.campaigntracker.tracking.RiskService;
import com.campaigntracker.warning.CauseType;
import com.campaigntracker.warning.CoordinationService;
import com.campaigntracker.warning.EscalationDecision;
import com.campaigntracker.warning.EscalationService;
import com.campaigntracker.warning.ExplanationForm;
import com.campaigntracker.warning.ExplanationLine;
import com.campaigntracker.warning.ExplanationService;
import com.campaigntracker.warning.RemedialMeasure;
import com.campaigntracker.warning.WarningService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * R15: the Execution Review Report of a campaign that ran its whole course — a late key visual explained,
 * accepted and escalated, a risk point, the project closed and its retrospective submitted — as a PDF
 * whose text (read back with PDFBox) holds the Chinese task names, the deviation, the decision and the
 * three ratings, in the shipped CJK font embedded; the same report in English.
 */
class ReviewReportIT extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MON = LocalDate.of(2033, 9, 5);

    @Autowired
    ReviewReportService reports;
    @Autowired
    ProjectService projects;
    @Autowired
    WorkTreeService workTrees;
    @Autowired
    TimelineService timelines;
    @Autowired
    ProgressService progress;
    @Autowired
    WarningService warnings;
    @Autowired
    ExplanationService explanations;
    @Autowired
    CoordinationService coordination;
    @Autowired
    EscalationService escalations;
    @Autowired
    RiskService risks;
    @Autowired
    RetrospectiveService retrospectives;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    private void at(int day, int hour) {
        clock.setTo(LocalDateTime.of(MON.plusDays(day), LocalTime.of(hour, 0)).atZone(ZONE).toInstant());
    }

    private WorkItemRow row(long projectId, String name) {
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(x -> x.name().equals(name))
                .findFirst().orElseThrow();
    }

    private void done(long projectId, String name) {
        WorkItemRow t = row(projectId, name);
        progress.report(t.id(), t.version(), new ProgressReport(100, ProgressStatus.DONE, null, null,
                ProgressSource.UPDATE));
    }

    /** The whole course of a small launch, through the services people use. */
    private long campaign() {
        SignIn.as(users, "admin");
        if (people.findByUsername("report-m").isEmpty()) {
            Department d = people.createDepartment("报告测试部");
            Person head = people.createPerson("report-head", "报告总监", Role.HEAD, d, "secret");
            people.makeHead(d, head);
            people.createPerson("report-m", "报告经理", Role.MANAGER, d, "secret");
            people.createPerson("report-r", "报告设计师", Role.MEMBER, d, "secret");
        }
        Person m = people.findByUsername("report-m").orElseThrow();
        Person r = people.findByUsername("report-r").orElseThrow();
        at(0, 9);
        SignIn.as(users, "report-m");
        ProjectDetails details = new ProjectDetails();
        details.setName("中秋礼盒报告 " + System.nanoTime());
        details.setGoal("中秋礼盒销售额 500 万元");
        details.setManagerId(m.getId());
        details.setDepartmentId(m.getDepartment().getId());
        details.setPlannedStart(MON);
        details.getKpis().add(new ProjectDetails.Kpi("销售额", "万元", new BigDecimal("500")));
        long id = projects.create(details).getId();
        workTrees.appendRows(id, List.of(
                TestPlans.row(WorkItemLevel.PHASE, "筹备阶段", null, null, null, null),
                TestPlans.row(WorkItemLevel.MODULE, "创意模块", null, null, null, null),
                TestPlans.row(WorkItemLevel.TASK, "礼盒主视觉", r, MON, MON.plusDays(4), null),
                TestPlans.row(WorkItemLevel.TASK, "礼盒印刷", r, MON.plusDays(7), MON.plusDays(11), "1.1.1")));
        projects.activate(id);
        timelines.saveBaseline(id);
        risks.add(row(id, "礼盒印刷").id(), new RiskDetails("印刷厂中秋前产能紧张", RiskLevel.HIGH, RiskLevel.HIGH,
                RiskLevel.MEDIUM, "提前锁定备选印刷厂", m.getId()));
        at(9, 10); // the key visual is late
        SystemActor.call(() -> warnings.scan());
        SignIn.as(users, "report-m");
        ExplanationLine asked = explanations.of(id).get(0);
        explanations.submit(asked.id(), asked.version(), new ExplanationForm(CauseType.OBJECTIVE, "客户两次修改主视觉方向",
                "印刷顺延两天", List.of(new RemedialMeasure("增加一名设计师", m.getId(), MON.plusDays(10))),
                MON.plusDays(9), MON.plusDays(10)));
        ExplanationLine given = explanations.of(id).get(0);
        coordination.accept(given.id(), given.version(), MON.plusDays(9), MON.plusDays(10), "客户确认，同意顺延");
        SignIn.as(users, "report-head");
        var escalation = escalations.of(id).get(0);
        escalations.decide(escalation.id(), escalation.version(), EscalationDecision.ADD_RESOURCES, "从品牌部借调设计师");
        SignIn.as(users, "report-m");
        at(10, 17);
        done(id, "礼盒主视觉");
        at(17, 17);
        done(id, "礼盒印刷");
        projects.close(id, projects.workTree(id).orElseThrow().project().version());
        retrospectives.submit(id, -1, new RetrospectiveForm(MON.plusDays(17), Set.of(m.getId()), 4, "预警及时",
                3, "上报稍慢", 5, "分工清楚", List.of(new RetrospectiveKpi("销售额", "万元", new BigDecimal("500"),
                new BigDecimal("520"))), "团队配合好", "主视觉返工", "主视觉须留足客户确认时间",
                List.of(new ImprovementAction("主视觉提前两周启动", m.getId(), MON.plusDays(40)))));
        return id;
    }

    @Test
    void the_report_holds_the_tasks_deviations_decisions_and_ratings_in_an_embedded_cjk_font() throws Exception {
        long id = campaign();
        byte[] zh = reports.pdf(id, Locale.SIMPLIFIED_CHINESE).orElseThrow();
        java.nio.file.Files.write(java.nio.file.Path.of("target/review-report-zh.pdf"), zh); // to look at
        try (PDDocument pdf = Loader.loadPDF(zh)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("执行复盘报告").contains("中秋礼盒销售额500万元")
                    .contains("礼盒主视觉").contains("礼盒印刷").contains("筹备阶段") // every work item
                    .contains("客户两次修改主视觉方向").contains("增加一名设计师").contains("客户确认，同意顺延")
                    .contains("从品牌部借调设计师") // the head's decision
                    .contains("印刷厂中秋前产能紧张") // the risk point
                    .contains("进度管控有效性：4/5").contains("风险应对及时性：3/5").contains("责任分工合理性：5/5")
                    .contains("主视觉须留足客户确认时间").contains("主视觉提前两周启动")
                    .contains("目标500万元，实际520").contains("签字确认")
                    // measured against the baseline: both finished 4 working days after it (the revision moved both)
                    .contains("按时完成率0%（2项中0项按时）").contains("延期任务2项，合计延期8个工作日")
                    .contains("9/5–9/9").contains("9/15–9/15"); // its baseline and actual dates
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2); // the cover has its own page
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.getName()).contains("NotoSansSC");
                assertThat(f.isEmbedded()).isTrue();
            });
        }
        byte[] en = reports.pdf(id, Locale.ENGLISH).orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(en)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Execution Review Report").contains("Deviations and their handling")
                    .contains("Progress-control effectiveness: 4 / 5").contains("礼盒主视觉");
        }
        SignIn.as(users, "admin");
        if (people.findByUsername("report-out").isEmpty()) {
            people.createPerson("report-out", "局外人", Role.MEMBER, null, "secret");
        }
        SignIn.as(users, "report-out");
        assertThat(reports.pdf(id, Locale.SIMPLIFIED_CHINESE)).isEmpty(); // not visible, no report
    }
}
