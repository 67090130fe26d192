package com.campaigntracker.bench;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.report.ReviewReportService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How long the Execution Review Report of a 1,000-task project (300 with {@code -Dbench.size=small})
 * takes: gathering its data, filling the templates and exporting the PDF, on the embedded MariaDB.
 * Prints figures and writes them to {@link BenchResults#FILE}; asserts nothing on time.
 */
class ReportBench extends IntegrationTest {

    @Autowired
    ReviewReportService reports;
    @Autowired
    ProjectService projects;
    @Autowired
    PlanRowsService workTrees;
    @Autowired
    TimelineService timelines;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;

    @Test
    void review_report_figures() {
        BenchSize size = BenchSize.current();
        int phases = size.pick(3, 10);
        int runs = size.pick(3, 5);
        SignIn.as(users, "admin");
        if (people.findByUsername("bench-m").isEmpty()) {
            people.createPerson("bench-m", "基准经理", Role.MANAGER, null, "secret");
            people.createPerson("bench-r", "基准执行", Role.MEMBER, null, "secret");
        }
        Person r = people.findByUsername("bench-r").orElseThrow();
        SignIn.as(users, "bench-m");
        LocalDate start = LocalDate.of(2034, 1, 2);
        ProjectDetails details = new ProjectDetails();
        details.setName("报告基准 " + System.nanoTime());
        details.setManagerId(people.findByUsername("bench-m").orElseThrow().getId());
        details.setPlannedStart(start);
        long id = projects.create(details);
        // phases of 10 modules of 10 tasks; half of them done, some late
        List<PlanRow> rows = new ArrayList<>();
        for (int p = 0; p < phases; p++) {
            rows.add(row(WorkItemLevel.PHASE, "阶段 " + p, null, null, null, null, ProgressStatus.NOT_STARTED, 0));
            for (int m = 0; m < 10; m++) {
                rows.add(row(WorkItemLevel.MODULE, "模块 " + p + "." + m, null, null, null, null,
                        ProgressStatus.NOT_STARTED, 0));
                for (int t = 0; t < 10; t++) {
                    LocalDate s = start.plusWeeks(p).plusDays(t % 5);
                    boolean done = (p + t) % 2 == 0;
                    rows.add(row(WorkItemLevel.TASK, "任务 " + p + "." + m + "." + t, r, s, s.plusDays(4),
                            done ? s.plusDays(4 + t % 3) : null, done ? ProgressStatus.DONE : ProgressStatus.IN_PROGRESS,
                            done ? 100 : 40));
                }
            }
        }
        workTrees.appendRows(id, rows);
        timelines.saveBaseline(id);

        long[] times = new long[runs];
        int bytes = 0;
        reports.pdf(id, Locale.SIMPLIFIED_CHINESE).orElseThrow(); // compiles the templates once, warms up
        for (int i = 0; i < runs; i++) {
            long began = System.nanoTime();
            bytes = reports.pdf(id, Locale.SIMPLIFIED_CHINESE).orElseThrow().length;
            times[i] = (System.nanoTime() - began) / 1_000_000;
        }
        Arrays.sort(times);
        int tasks = phases * 100;
        new BenchResults("ReportBench").put("workItems", rows.size()).put("tasks", tasks).put("runs", runs)
                .put("minMs", times[0]).put("medianMs", times[runs / 2]).put("maxMs", times[runs - 1])
                .put("pdfKB", bytes / 1024)
                .publish("Review report benchmark", size, List.of(String.format(Locale.ROOT,
                        "%,d work items (%,d tasks): data + fill + PDF export %d–%d ms, median %d ms over %d runs; PDF %d KB",
                        rows.size(), tasks, times[0], times[runs - 1], times[runs / 2], runs, bytes / 1024)));
        SignIn.out();
    }

    private static PlanRow row(WorkItemLevel level, String name, Person owner, LocalDate start, LocalDate finish,
                               LocalDate actualFinish, ProgressStatus status, int percent) {
        return new PlanRow(level, name, null, level == WorkItemLevel.TASK ? "交付物" : null, owner, start, finish,
                status == ProgressStatus.NOT_STARTED ? null : start, actualFinish, status, percent, null, null, null,
                null, null, false, null);
    }
}
