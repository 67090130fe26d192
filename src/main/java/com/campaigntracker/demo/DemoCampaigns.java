package com.campaigntracker.demo;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.people.Department;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.Priority;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.RiskLevel;
import com.campaigntracker.plan.DependencyMode;
import com.campaigntracker.plan.WorkItemEdit;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.plan.WorkItemEditService;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import com.campaigntracker.tracking.CheckpointService;
import com.campaigntracker.tracking.RiskDetails;
import com.campaigntracker.tracking.RiskService;
import com.campaigntracker.tracking.TrackingService;
import com.campaigntracker.warning.WarningService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Two campaigns already running beside the example, dated relative to today so the demo always looks
 * current: 双十一节日促销 four weeks in (a late task, a blocked one, a high risk) and 品牌联名策划 two
 * weeks in, each with a progress history and weekly checkpoints behind it.
 */
@Component
class DemoCampaigns {

    /** One row of a demo plan; days are working days from the campaign's start, "today" being {@code todayAt}. */
    private record Row(WorkItemLevel level, String name, String owner, int start, int finish, int percent,
                       ProgressStatus status, String remarks, boolean milestone, boolean keyTask, String predecessors) {
    }

    private static final String[] NOTES = {"按计划推进", "已与相关部门对齐", "初稿已提交", "根据反馈修改中", "等待确认细节",
            "进展顺利", "已完成主要部分"};

    private final ProjectService projects;
    private final PlanRowsService plans;
    private final WorkItemEditService edits;
    private final RaciMatrixService raci;
    private final TrackingService tracking;
    private final CheckpointService checkpoints;
    private final RiskService risks;
    private final Clock clock;
    private final WarningService warnings;

    private final com.campaigntracker.warning.ExplanationService explanations;

    DemoCampaigns(ProjectService projects, PlanRowsService plans, WorkItemEditService edits, RaciMatrixService raci,
                  TrackingService tracking,
                  CheckpointService checkpoints, RiskService risks, Clock clock, WarningService warnings,
                  com.campaigntracker.warning.ExplanationService explanations) {
        this.explanations = explanations;
        this.warnings = warnings;
        this.projects = projects;
        this.plans = plans;
        this.edits = edits;
        this.raci = raci;
        this.tracking = tracking;
        this.checkpoints = checkpoints;
        this.risks = risks;
        this.clock = clock;
    }

    void load(Map<String, Person> people, Map<String, Department> departments, WorkingDayCalendar calendar) {
        List<Row> holiday = List.of(
                phase("策划"), module("活动方案"),
                task("促销方案制定", "小红", 0, 4, 100, ProgressStatus.DONE, null, "", false),
                task("预算审批", "小王", 5, 7, 100, ProgressStatus.DONE, null, "1.1.1", false),
                phase("执行"), module("物料"),
                task("主视觉设计", "小张", 8, 21, 60, ProgressStatus.IN_PROGRESS, null, "1.1.2", true),
                task("物料印刷", "小赵", 22, 26, 0, ProgressStatus.NOT_STARTED, null, "2.1.1", false),
                module("渠道"),
                task("媒介排期", "小陈", 8, 14, 70, ProgressStatus.IN_PROGRESS, null, "1.1.2", false),
                task("直播带货对接", "小李", 10, 24, 30, ProgressStatus.BLOCKED, "主播档期待确认", "1.1.2", false),
                task("会员短信预热", "小王", 22, 27, 0, ProgressStatus.NOT_STARTED, null, "2.2.1", false),
                phase("上线"), module("活动执行"),
                new Row(WorkItemLevel.TASK, "活动上线", "小明", 28, 28, 0, ProgressStatus.NOT_STARTED, null, true, true,
                        "2.1.2, 2.2.3"),
                task("效果复盘", "小红", 29, 33, 0, ProgressStatus.NOT_STARTED, null, "3.1.1", false));
        long holidayId = campaign("双十一节日促销", "双十一期间线上销售额同比增长 30%", "线上销售额", "万元", "800", people,
                departments, calendar, holiday, 20, 3);
        risk(holidayId, "物料印刷", "印刷厂双十一前产能紧张，物料可能延迟 3 天", RiskLevel.HIGH, RiskLevel.HIGH,
                RiskLevel.MEDIUM, "提前锁定备选印刷厂，主视觉定稿后当天下单", people.get("小赵"));
        risk(holidayId, "直播带货对接", "头部主播档期未确认，可能改为店铺自播", RiskLevel.MEDIUM, RiskLevel.MEDIUM,
                RiskLevel.MEDIUM, "同时联系两位备选主播", people.get("小李"));
        raci.set(holidayId, item(holidayId, "主视觉设计"), people.get("张经理").getId(), null, RaciLetter.A);
        raci.set(holidayId, item(holidayId, "主视觉设计"), people.get("小红").getId(), null, RaciLetter.C);
        raci.set(holidayId, item(holidayId, "媒介排期"), people.get("小李").getId(), null, RaciLetter.I);

        List<Row> coBranding = List.of(
                phase("洽谈"), module("合作"),
                task("合作洽谈", "小红", 0, 4, 100, ProgressStatus.DONE, null, "", false),
                task("合同签署", "小红", 5, 8, 50, ProgressStatus.IN_PROGRESS, null, "1.1.1", false),
                phase("设计"), module("联名产品"),
                task("联名包装设计", "小张", 6, 17, 20, ProgressStatus.IN_PROGRESS, null, "1.1.1", true),
                task("样品打样", "小赵", 18, 24, 0, ProgressStatus.NOT_STARTED, null, "2.1.1", false),
                phase("发布"), module("传播"),
                new Row(WorkItemLevel.TASK, "联名发布会", "小明", 27, 27, 0, ProgressStatus.NOT_STARTED, null, true, true,
                        "2.1.2"),
                task("社媒传播", "小陈", 28, 37, 0, ProgressStatus.NOT_STARTED, null, "3.1.1", false));
        long coBrandingId = campaign("品牌联名策划", "联名款首发当月销量 5 万件", "首月销量", "件", "50000", people,
                departments, calendar, coBranding, 8, 5);
        risk(coBrandingId, "联名包装设计", "品牌方审稿周期长，每轮约 3 个工作日", RiskLevel.MEDIUM, RiskLevel.HIGH,
                RiskLevel.LOW, "约定每周二、周四固定审稿", people.get("小张"));
        // the warnings the scan would raise at its next quarter of an hour, there from the first page
        warnings.evaluate(holidayId);
        warnings.evaluate(coBrandingId);
        explainMediaPlanning(holidayId, calendar, people);
    }

    /**
     * 小陈 has explained the late 媒介排期: finishing three working days from now pushes the SMS warm-up
     * and the launch milestone, so it waits for 张经理's coordination and went to 刘总监 as an escalation.
     */
    private void explainMediaPlanning(long holidayId, WorkingDayCalendar calendar, Map<String, Person> people) {
        LocalDate today = calendar.onOrBefore(LocalDate.now(clock));
        WorkItemRow media = projects.workTree(holidayId).orElseThrow().rows().stream()
                .filter(r -> r.name().equals("媒介排期")).findFirst().orElseThrow();
        explanations.of(holidayId).stream().filter(e -> e.workItemId() == media.id()).findFirst().ifPresent(e ->
                explanations.submit(e.id(), e.version(), new com.campaigntracker.warning.ExplanationForm(
                        com.campaigntracker.warning.CauseType.OBJECTIVE,
                        "两家头部平台的双十一资源位报价推迟一周才发布，排期无法锁定",
                        "会员短信预热要跟着顺延，活动上线日可能推迟", List.of(
                        new com.campaigntracker.warning.RemedialMeasure("先锁定站内资源位，站外平台报价一出当天下单",
                                people.get("小陈").getId(), calendar.shift(today, 1)),
                        new com.campaigntracker.warning.RemedialMeasure("短信预热文案提前定稿，压缩到 3 天执行",
                                people.get("小王").getId(), calendar.shift(today, 2))),
                        media.plannedStart(), calendar.shift(today, 3))));
    }

    /** Creates, fills and starts the campaign, then writes the history that led to today. */
    private long campaign(String name, String goal, String kpi, String unit, String target, Map<String, Person> people,
                          Map<String, Department> departments, WorkingDayCalendar calendar, List<Row> rows,
                          int todayAt, int bufferDays) {
        LocalDate today = calendar.onOrBefore(LocalDate.now(clock));
        LocalDate start = calendar.shift(today, -todayAt);
        int last = rows.stream().mapToInt(Row::finish).max().orElse(0);
        ProjectDetails details = new ProjectDetails();
        details.setName(name);
        details.setGoal(goal);
        details.getKpis().add(new ProjectDetails.Kpi(kpi, unit, new BigDecimal(target)));
        details.setManagerId(people.get("张经理").getId());
        details.setDepartmentId(departments.get("市场部").getId());
        details.setPlannedStart(start);
        details.setCommittedEnd(calendar.shift(start, last + bufferDays));
        details.setEmergencyBufferDays(bufferDays);
        long projectId = projects.create(details);
        List<PlanRow> planRows = new ArrayList<>();
        for (Row r : rows) {
            if (r.level() != WorkItemLevel.TASK) {
                planRows.add(new PlanRow(r.level(), r.name(), null, null, null, null, null, null, null,
                        ProgressStatus.NOT_STARTED, 0, null, null, null, null, null, false, null));
                continue;
            }
            LocalDate s = calendar.shift(start, r.start());
            LocalDate f = calendar.shift(start, r.finish());
            boolean started = r.status() != ProgressStatus.NOT_STARTED;
            LocalDate actualFinish = r.status() == ProgressStatus.DONE
                    ? calendar.shift(start, r.name().equals("预算审批") ? r.finish() + 2 : r.finish()) : null;
            planRows.add(new PlanRow(WorkItemLevel.TASK, r.name(), null, deliverable(r.name()), people.get(r.owner()), s,
                    f, started ? s : null, actualFinish, r.status(), r.percent(), null, r.remarks(),
                    r.keyTask() ? Priority.HIGH : Priority.MEDIUM, null, null, r.milestone(),
                    r.predecessors() == null || r.predecessors().isBlank() ? null : r.predecessors()));
        }
        List<Long> items = plans.appendRows(projectId, planRows);
        // the table has no "key task" column: flag them as the manager would in the plan
        for (Row r : rows) {
            if (r.keyTask() && !r.milestone()) {
                WorkItemRow row = projects.workTree(projectId).orElseThrow().rows().stream()
                        .filter(w -> w.name().equals(r.name())).findFirst().orElseThrow();
                WorkItemEdit e = WorkItemEdit.of(row);
                edits.update(row.id(), row.version(), new WorkItemEdit(e.name(), e.description(), e.deliverables(),
                        e.ownerId(), e.plannedStart(), e.duration(), e.plannedFinish(), e.priority(), e.estimateDays(),
                        e.bufferPercent(), e.predecessors(), true, e.milestone(), e.riskLevel(), e.remarks()),
                        DependencyMode.REFUSE);
            }
        }
        projects.activate(projectId);
        ZoneId zone = clock.getZone();
        for (int i = 0; i < items.size(); i++) {
            if (planRows.get(i).actualStart() != null) {
                history(items.get(i), planRows.get(i), today, calendar, zone);
            }
        }
        return projectId;
    }

    /**
     * Updates every two or three working days from the start to the last working day before today
     * (or the finish), % rising evenly to where the task stands now; the weekly checkpoints follow it.
     */
    private void history(long itemId, PlanRow item, LocalDate today, WorkingDayCalendar calendar, ZoneId zone) {
        LocalDate from = item.actualStart();
        LocalDate to = item.actualFinish() != null ? item.actualFinish() : calendar.shift(today, -1);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(to); d = calendar.shift(d, 2 + days.size() % 2)) {
            days.add(d);
        }
        days.add(to);
        int target = item.percentComplete();
        Long by = item.owner() == null ? null : item.owner().getId();
        List<Integer> percents = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            boolean last = i == days.size() - 1;
            int percent = last ? target : Math.max(5, target * (i + 1) / days.size() / 5 * 5);
            percents.add(percent);
            ProgressStatus status = last && item.actualFinish() != null ? ProgressStatus.DONE
                    : item.status() == ProgressStatus.BLOCKED && 2 * (i + 1) > days.size() ? ProgressStatus.BLOCKED
                    : ProgressStatus.IN_PROGRESS;
            // a blocked row's remarks say why (R9), as the plan keeps them for its reason
            tracking.backfill(itemId, days.get(i).atTime(LocalTime.of(17, 5 + (i * 7) % 50)).atZone(zone)
                    .toInstant(), by, percent, status, status == ProgressStatus.BLOCKED ? item.remarks() : null,
                    NOTES[(int) ((itemId + i) % NOTES.length)]);
        }
        // each past Friday the task was open: the % of its last update by then
        for (LocalDate friday = CheckpointService.checkpointDayOf(from); friday.isBefore(today);
             friday = friday.plusWeeks(1)) {
            if (item.actualFinish() != null && item.actualFinish().isBefore(friday)) {
                break;
            }
            int percent = 0;
            for (int i = 0; i < days.size() && !days.get(i).isAfter(friday); i++) {
                percent = percents.get(i);
            }
            checkpoints.backfill(itemId, friday, percent);
        }
    }

    private void risk(long projectId, String taskName, String description, RiskLevel level, RiskLevel probability,
                      RiskLevel impact, String mitigation, Person owner) {
        risks.add(item(projectId, taskName), new RiskDetails(description, level, probability, impact, mitigation,
                owner.getId()));
    }

    private long item(long projectId, String name) {
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    private static String deliverable(String task) {
        return switch (task) {
            case "主视觉设计", "联名包装设计" -> "设计稿（源文件 + 导出图）";
            case "媒介排期" -> "媒介排期表";
            case "预算审批", "合同签署" -> "签批文件";
            case "活动上线", "联名发布会" -> "上线确认单";
            default -> task + "报告";
        };
    }

    private static Row phase(String name) {
        return new Row(WorkItemLevel.PHASE, name, null, 0, 0, 0, null, null, false, false, null);
    }

    private static Row module(String name) {
        return new Row(WorkItemLevel.MODULE, name, null, 0, 0, 0, null, null, false, false, null);
    }

    private static Row task(String name, String owner, int start, int finish, int percent, ProgressStatus status,
                            String remarks, String predecessors, boolean key) {
        return new Row(WorkItemLevel.TASK, name, owner, start, finish, percent, status, remarks, false, key,
                predecessors);
    }
}
