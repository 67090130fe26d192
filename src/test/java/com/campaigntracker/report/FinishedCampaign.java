package com.campaigntracker.report;

import com.campaigntracker.Fixtures;
import com.campaigntracker.discussion.DiscussionService;
import com.campaigntracker.files.TaskFileService;
import com.campaigntracker.Fixtures.HeadedDepartment;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.closing.ImprovementAction;
import com.campaigntracker.closing.RetrospectiveForm;
import com.campaigntracker.closing.RetrospectiveKpi;
import com.campaigntracker.closing.RetrospectiveService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProgressReport;
import com.campaigntracker.plan.ProgressService;
import com.campaigntracker.plan.ProgressSource;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemRow;
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
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small launch that ran its whole course through the services people use — a late key visual
 * explained, accepted and escalated, a risk point, closed, its retrospective submitted — for the report
 * and archive tests.
 */
public final class FinishedCampaign {

    public static final LocalDate MON = LocalDate.of(2033, 9, 5);
    /** The key visual's second draft, uploaded by the owner while its deviation is open: a 1×1 PNG. */
    public static final byte[] SECOND_DRAFT = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    private final ApplicationContext context;
    private final MutableClock clock;
    private final UserDetailsService users;

    private FinishedCampaign(ApplicationContext context, MutableClock clock, UserDetailsService users) {
        this.context = context;
        this.clock = clock;
        this.users = users;
    }

    /** A finished campaign, its manager and its task owner, and the department whose head decided. */
    public record Campaign(long id, Person manager, Person owner, HeadedDepartment department) {
    }

    /**
     * A campaign of new people: what its manager and owner see (notices, libraries, archives) is this
     * campaign's only. Signed in as its manager afterwards.
     */
    public static Campaign withNewPeople(ApplicationContext context, MutableClock clock, UserDetailsService users) {
        Fixtures fixtures = context.getBean(Fixtures.class);
        return new FinishedCampaign(context, clock, users).campaign(fixtures.manager("report-m", "报告经理"),
                fixtures.member("report-r", "报告设计师"));
    }

    /**
     * The campaign's project id, run by the accounts {@code report-m} and {@code report-r}, the same for
     * every campaign built so (ArchiveIT and the report download in the browser sign in by these names).
     * Signed in as its manager afterwards.
     */
    public static long build(ApplicationContext context, MutableClock clock, UserDetailsService users) {
        Fixtures fixtures = context.getBean(Fixtures.class);
        return new FinishedCampaign(context, clock, users).campaign(
                fixtures.account("report-m", "报告经理", Role.MANAGER, null),
                fixtures.account("report-r", "报告设计师", Role.MEMBER, null)).id();
    }

    private void at(int day, int hour) {
        clock.setTo(LocalDateTime.of(MON.plusDays(day), LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant());
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

    private Campaign campaign(Person m, Person r) {
        ProjectService projects = bean(ProjectService.class);
        ExplanationService explanations = bean(ExplanationService.class);
        EscalationService escalations = bean(EscalationService.class);
        Fixtures fixtures = bean(Fixtures.class);
        HeadedDepartment department = fixtures.department("报告测试部", "报告总监");
        at(0, 9);
        long id = fixtures.project(m, "中秋礼盒报告", MON).goal("中秋礼盒销售额 500 万元").department(department.id())
                .kpi("销售额", "万元", new BigDecimal("500"))
                .phase("筹备阶段").module("创意模块")
                .task("礼盒主视觉", r, MON, MON.plusDays(4))
                .task("礼盒印刷", r, MON.plusDays(7), MON.plusDays(11), "1.1.1")
                .activate();
        SignIn.as(users, m.getUsername());
        bean(TimelineService.class).saveBaseline(id);
        bean(RiskService.class).add(row(id, "礼盒印刷").id(), new RiskDetails("印刷厂中秋前产能紧张", RiskLevel.HIGH,
                RiskLevel.HIGH, RiskLevel.MEDIUM, "提前锁定备选印刷厂", m.getId()));
        at(9, 10); // the key visual is late
        SystemActor.call(() -> bean(WarningService.class).scan());
        SignIn.as(users, r.getUsername()); // what the owner says and delivers while the deviation is open
        long visual = row(id, "礼盒主视觉").id();
        bean(DiscussionService.class).commentOnTask(visual, "客户第二次改稿，新稿见附件", List.of());
        bean(TaskFileService.class).upload(visual, "主视觉第二稿.png", new java.io.ByteArrayInputStream(SECOND_DRAFT));
        SignIn.as(users, m.getUsername());
        ExplanationLine asked = explanations.of(id).get(0);
        explanations.submit(asked.id(), asked.version(), new ExplanationForm(CauseType.OBJECTIVE, "客户两次修改主视觉方向",
                "印刷顺延两天", List.of(new RemedialMeasure("增加一名设计师", m.getId(), MON.plusDays(10))),
                MON.plusDays(9), MON.plusDays(10)));
        ExplanationLine given = explanations.of(id).get(0);
        bean(CoordinationService.class).accept(given.id(), given.version(), MON.plusDays(9), MON.plusDays(10),
                "客户确认，同意顺延");
        SignIn.as(users, department.head().getUsername());
        var escalation = escalations.of(id).get(0);
        escalations.decide(escalation.id(), escalation.version(), EscalationDecision.ADD_RESOURCES, "从品牌部借调设计师");
        SignIn.as(users, m.getUsername());
        at(10, 17);
        done(id, "礼盒主视觉");
        at(17, 17);
        done(id, "礼盒印刷");
        projects.close(id, projects.workTree(id).orElseThrow().project().version());
        bean(RetrospectiveService.class).submit(id, -1, new RetrospectiveForm(MON.plusDays(17), Set.of(m.getId()), 4,
                "预警及时", 3, "上报稍慢", 5, "分工清楚", List.of(new RetrospectiveKpi("销售额", "万元",
                new BigDecimal("500"), new BigDecimal("520"))), "团队配合好", "主视觉返工", "主视觉须留足客户确认时间",
                List.of(new ImprovementAction("主视觉提前两周启动", m.getId(), MON.plusDays(40)))));
        return new Campaign(id, m, r, department);
    }
}
