package com.campaigntracker.demo;

import com.campaigntracker.archive.ArchiveService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.closing.ImprovementAction;
import com.campaigntracker.closing.RetrospectiveForm;
import com.campaigntracker.closing.RetrospectiveKpi;
import com.campaigntracker.closing.RetrospectiveService;
import com.campaigntracker.people.Department;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.Priority;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.tracking.RiskDetails;
import com.campaigntracker.tracking.RiskService;
import com.campaigntracker.tracking.RiskStatus;
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
import com.campaigntracker.shared.time.AppClock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Last year's finished campaigns, 端午节礼盒促销 and 中秋节礼盒促销: late tasks explained (中秋's production
 * escalated to 刘总监 and decided), a risk point met, each project closed, its retrospective held and its
 * review report archived — so that a new user sees a full archive, and campaigns to compare, at once.
 * Each step runs through the real services at its own moment last year ({@link AppClock#replayAt}), so
 * the history reads as it happened, whatever day the demo is loaded.
 */
@Component
class FinishedDemoCampaign {

    private final ProjectService projects;
    private final PlanRowsService planRows;
    private final TimelineService timelines;
    private final WarningService warnings;
    private final ExplanationService explanations;
    private final CoordinationService coordination;
    private final EscalationService escalations;
    private final RiskService risks;
    private final RetrospectiveService retrospectives;
    private final ArchiveService archive;
    private final AppClock clock;

    FinishedDemoCampaign(ProjectService projects, PlanRowsService planRows, TimelineService timelines,
                         WarningService warnings, ExplanationService explanations, CoordinationService coordination,
                         EscalationService escalations, RiskService risks, RetrospectiveService retrospectives,
                         ArchiveService archive, AppClock clock) {
        this.projects = projects;
        this.planRows = planRows;
        this.timelines = timelines;
        this.warnings = warnings;
        this.explanations = explanations;
        this.coordination = coordination;
        this.escalations = escalations;
        this.risks = risks;
        this.retrospectives = retrospectives;
        this.archive = archive;
        this.clock = clock;
    }

    /** A task as it was planned and as it went, in working days from the campaign's start. */
    private record Done(String name, String owner, int start, int finish, int actualStart, int actualFinish,
                        String predecessors) {
    }

    /**
     * One finished campaign of last year: its name, month and day of start, how many working days its
     * design and its production finished late, its KPI actuals and its three ratings.
     */
    private record Spec(String name, String festival, int month, int day, int designLate, int productionLate,
                        String salesActual, String ordersActual, int[] ratings) {
    }

    void load(Map<String, Person> people, Map<String, Department> departments, WorkingDayCalendar calendar) {
        // two festivals of last year, so that the archive has campaigns to compare at once
        load(new Spec("端午节礼盒促销", "端午", 5, 6, 2, 0, "455", "96", new int[] {4, 4, 5}), people, departments,
                calendar);
        load(new Spec("中秋节礼盒促销", "中秋", 8, 18, 3, 2, "638", "104", new int[] {4, 3, 4}), people, departments,
                calendar);
    }

    private void load(Spec spec, Map<String, Person> people, Map<String, Department> departments,
                      WorkingDayCalendar calendar) {
        LocalDate start = calendar.onOrAfter(LocalDate.of(LocalDate.now(clock).getYear() - 1, spec.month(),
                spec.day()));
        boolean midAutumn = spec.productionLate() > 0;
        ProjectDetails details = new ProjectDetails();
        details.setName(spec.name());
        details.setGoal(spec.festival() + "礼盒线上线下销售额 " + (midAutumn ? 600 : 450) + " 万元，企业团购占三成");
        details.getKpis().add(new ProjectDetails.Kpi("礼盒销售额", "万元", new BigDecimal(midAutumn ? "600" : "450")));
        details.getKpis().add(new ProjectDetails.Kpi("企业团购订单", "单", new BigDecimal(midAutumn ? "120" : "90")));
        details.setManagerId(people.get("张经理").getId());
        details.setDepartmentId(departments.get("市场部").getId());
        details.setPlannedStart(start);
        details.setCommittedEnd(calendar.shift(start, 32));
        details.setEmergencyBufferDays(3);
        // planned and kicked off the working day before the start
        long id = at(calendar.shift(start, -1), 10, 0, () -> projects.create(details));
        List<Object> rows = List.of("策划", "方案",
                new Done("礼盒方案策划", "小红", 0, 4, 0, 4, null),
                new Done("礼盒设计", "小张", 5, 14, 5, 14 + spec.designLate(), "1.1.1"),
                "执行", "生产与渠道",
                new Done("礼盒生产", "小赵", 15, 24, 15 + spec.designLate(), 24 + spec.productionLate(), "1.1.2"),
                new Done("电商上架", "小陈", 20, 26, 20, 26, "1.1.2"),
                new Done("企业团购推广", "小王", 10, 25, 10, 25, "1.1.1"),
                "收尾", "复盘",
                new Done("销售数据汇总", "小明", 27, 29, 27, 29, "2.1.1, 2.1.2"));
        List<PlanRow> plan = new ArrayList<>();
        boolean phase = true;
        for (Object r : rows) {
            if (r instanceof String name) {
                plan.add(new PlanRow(phase ? WorkItemLevel.PHASE : WorkItemLevel.MODULE, name, null, null, null, null,
                        null, null, null, ProgressStatus.NOT_STARTED, 0, null, null, null, null, null, false, null));
                phase = !phase;
            } else if (r instanceof Done d) {
                plan.add(new PlanRow(WorkItemLevel.TASK, d.name(), null, d.name() + "交付物", people.get(d.owner()),
                        calendar.shift(start, d.start()), calendar.shift(start, d.finish()),
                        calendar.shift(start, d.actualStart()), calendar.shift(start, d.actualFinish()),
                        ProgressStatus.DONE, 100, null, null, Priority.MEDIUM, null, null, false, d.predecessors()));
            }
        }
        at(calendar.shift(start, -1), 10, 30, () -> {
            planRows.appendRows(id, plan);
            projects.activate(id);
            timelines.saveBaseline(id);
        });
        long production = projects.workTree(id).orElseThrow().rows().stream()
                .filter(r -> r.name().equals("礼盒生产")).findFirst().orElseThrow().id();
        long risk = at(calendar.shift(start, 1), 11, 0, () -> risks.add(production, new RiskDetails(
                "包材供应商节前产能紧张，可能晚交 3 天", RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.MEDIUM,
                "预付定金锁定产能，同时备选第二家包材厂", people.get("小赵").getId())));
        at(calendar.shift(start, 24 + spec.productionLate()), 18, 0, () -> risks.setStatus(risk, 0, RiskStatus.CLOSED));

        // the morning the design was late, the scan raises the warnings (the plan's late tasks); each is
        // explained that afternoon, coordinated the next morning, 礼盒生产 also escalated and decided that day
        LocalDate warned = calendar.shift(start, 14 + spec.designLate());
        at(warned, 9, 15, () -> warnings.evaluate(id));
        at(warned, 14, 0, () -> explainLateTasks(id, start, people, calendar));
        LocalDate coordinated = calendar.shift(warned, 1);
        at(coordinated, 10, 0, () -> coordinate(id));
        at(coordinated, 16, 0, () -> escalations.of(id).forEach(x -> escalations.decide(x.id(), x.version(),
                EscalationDecision.ADD_BUDGET, "追加 5 万元加急费，生产线加开夜班，确保中秋前一周全部到仓")));

        // closed the day its last task finished, the retrospective two working days later, the report after it
        at(calendar.shift(start, 29), 18, 0, () ->
                projects.close(id, projects.workTree(id).orElseThrow().project().version()));
        LocalDate heldOn = calendar.shift(start, 31);
        at(heldOn, 16, 0, () -> retrospect(id, heldOn, spec, people));
        at(heldOn, 17, 0, () -> archive.generate(id, AppLocales.CHINESE));
    }

    private void explainLateTasks(long id, LocalDate start, Map<String, Person> people, WorkingDayCalendar calendar) {
        for (ExplanationLine e : explanations.of(id)) {
            boolean design = e.taskName().equals("礼盒设计");
            explanations.submit(e.id(), e.version(), new ExplanationForm(CauseType.OBJECTIVE, design
                    ? "供应商打样两次返工，礼盒结构改为抽屉式" : "包材到货晚 3 天，生产线排期顺延",
                    design ? "礼盒生产顺延，电商上架时间不变" : "电商上架压缩到 3 天，企业团购按时交付",
                    List.of(new RemedialMeasure(design ? "设计与打样并行，每天与工厂确认" : "生产线加开夜班",
                            people.get(design ? "小张" : "小赵").getId(), calendar.shift(start, design ? 16 : 25))),
                    null, null));
        }
    }

    private void coordinate(long id) {
        for (ExplanationLine e : explanations.of(id)) {
            if (e.taskName().equals("礼盒生产")) {
                coordination.markMajor(e.id(), "中秋前最后两周的产能决定全年礼盒销量");
            }
        }
        for (ExplanationLine e : explanations.of(id)) {
            coordination.accept(e.id(), e.version(), null, null, "已按实际调整，后续任务按时完成");
        }
    }

    private void retrospect(long id, LocalDate heldOn, Spec spec, Map<String, Person> people) {
        boolean midAutumn = spec.productionLate() > 0;
        int[] r = spec.ratings();
        retrospectives.submit(id, -1, new RetrospectiveForm(heldOn, Set.of(people.get("张经理").getId(),
                people.get("小红").getId(), people.get("小张").getId(), people.get("小赵").getId()), r[0],
                "每周检查点及时发现设计延期", r[1], midAutumn ? "包材风险登记了但应对晚了一周" : "包材提前锁定，没有影响",
                r[2], "设计与生产交接清楚",
                List.of(new RetrospectiveKpi("礼盒销售额", "万元", new BigDecimal(midAutumn ? "600" : "450"),
                                new BigDecimal(spec.salesActual())),
                        new RetrospectiveKpi("企业团购订单", "单", new BigDecimal(midAutumn ? "120" : "90"),
                                new BigDecimal(spec.ordersActual()))),
                "电商上架准时，礼盒口碑好", "设计打样返工两次，包材到货晚", "礼盒类项目的打样要预留两轮返工时间；包材须提前一个月锁定产能",
                List.of(new ImprovementAction("礼盒模板加入两轮打样缓冲", people.get("张经理").getId(), null),
                        new ImprovementAction("建立包材供应商备选名单", people.get("小赵").getId(), null))));
    }

    private <T> T at(LocalDate day, int hour, int minute, java.util.function.Supplier<T> step) {
        return clock.replayAt(instant(day, hour, minute), step);
    }

    private void at(LocalDate day, int hour, int minute, Runnable step) {
        clock.replayAt(instant(day, hour, minute), step);
    }

    private Instant instant(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(clock.getZone()).toInstant();
    }
}
