package com.campaigntracker.report;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small launch that ran its whole course through the services people use — a late key visual
 * explained, accepted and escalated, a risk point, closed, its retrospective submitted — for the report
 * and archive tests.
 */
public final class FinishedCampaign {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate MON = LocalDate.of(2033, 9, 5);

    private final ApplicationContext context;
    private final MutableClock clock;
    private final UserDetailsService users;

    private FinishedCampaign(ApplicationContext context, MutableClock clock, UserDetailsService users) {
        this.context = context;
        this.clock = clock;
        this.users = users;
    }

    /** The campaign's project id; signed in as its manager afterwards. */
    public static long build(ApplicationContext context, MutableClock clock, UserDetailsService users) {
        return new FinishedCampaign(context, clock, users).campaign();
    }

    private void at(int day, int hour) {
        clock.setTo(LocalDateTime.of(MON.plusDays(day), LocalTime.of(hour, 0)).atZone(ZONE).toInstant());
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private WorkItemRow row(long projectId, String name) {
        return bean(ProjectService.class).workTree(projectId).orElseThrow().rows().stream()
                .filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    private void done(long projectId, String name) {
        WorkItemRow t = row(projectId, name);
        bean(ProgressService.class).report(t.id(), t.version(), new ProgressReport(100, ProgressStatus.DONE, null,
                null, ProgressSource.UPDATE));
    }

    long campaign() {
        PeopleService people = bean(PeopleService.class);
        ProjectService projects = bean(ProjectService.class);
        ExplanationService explanations = bean(ExplanationService.class);
        EscalationService escalations = bean(EscalationService.class);
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
        bean(WorkTreeService.class).appendRows(id, List.of(
                TestPlans.row(WorkItemLevel.PHASE, "筹备阶段", null, null, null, null),
                TestPlans.row(WorkItemLevel.MODULE, "创意模块", null, null, null, null),
                TestPlans.row(WorkItemLevel.TASK, "礼盒主视觉", r, MON, MON.plusDays(4), null),
                TestPlans.row(WorkItemLevel.TASK, "礼盒印刷", r, MON.plusDays(7), MON.plusDays(11), "1.1.1")));
        projects.activate(id);
        bean(TimelineService.class).saveBaseline(id);
        bean(RiskService.class).add(row(id, "礼盒印刷").id(), new RiskDetails("印刷厂中秋前产能紧张", RiskLevel.HIGH,
                RiskLevel.HIGH, RiskLevel.MEDIUM, "提前锁定备选印刷厂", m.getId()));
        at(9, 10); // the key visual is late
        SystemActor.call(() -> bean(WarningService.class).scan());
        SignIn.as(users, "report-m");
        ExplanationLine asked = explanations.of(id).get(0);
        explanations.submit(asked.id(), asked.version(), new ExplanationForm(CauseType.OBJECTIVE, "客户两次修改主视觉方向",
                "印刷顺延两天", List.of(new RemedialMeasure("增加一名设计师", m.getId(), MON.plusDays(10))),
                MON.plusDays(9), MON.plusDays(10)));
        ExplanationLine given = explanations.of(id).get(0);
        bean(CoordinationService.class).accept(given.id(), given.version(), MON.plusDays(9), MON.plusDays(10),
                "客户确认，同意顺延");
        SignIn.as(users, "report-head");
        var escalation = escalations.of(id).get(0);
        escalations.decide(escalation.id(), escalation.version(), EscalationDecision.ADD_RESOURCES, "从品牌部借调设计师");
        SignIn.as(users, "report-m");
        at(10, 17);
        done(id, "礼盒主视觉");
        at(17, 17);
        done(id, "礼盒印刷");
        projects.close(id, projects.workTree(id).orElseThrow().project().version());
        bean(RetrospectiveService.class).submit(id, -1, new RetrospectiveForm(MON.plusDays(17), Set.of(m.getId()), 4,
                "预警及时", 3, "上报稍慢", 5, "分工清楚", List.of(new RetrospectiveKpi("销售额", "万元",
                new BigDecimal("500"), new BigDecimal("520"))), "团队配合好", "主视觉返工", "主视觉须留足客户确认时间",
                List.of(new ImprovementAction("主视觉提前两周启动", m.getId(), MON.plusDays(40)))));
        return id;
    }
}
