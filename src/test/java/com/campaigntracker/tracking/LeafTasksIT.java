package com.campaigntracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.LeafTaskService;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A few tasks read without their plan (My tasks, the warnings after an update) are tracked exactly as the
 * whole timeline tracks them: WBS codes, critical path, cadence, update state. Also after the plan's
 * structure, dates and dependencies change behind the app's back, as another instance would change them.
 */
class LeafTasksIT extends IntegrationTest {

    @Autowired
    TrackingService tracking;
    @Autowired
    LeafTaskService leafTasks;
    @Autowired
    RaciMatrixService raci;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tasks_read_alone_are_tracked_as_the_whole_timeline_tracks_them_also_after_changes_made_elsewhere() {
        Random random = new Random(20261206);
        Person manager = fixtures.manager("leaf-m", "叶经理");
        Person owner = fixtures.member("leaf-r", "叶负责人");
        Person other = fixtures.member("leaf-o", "叶同事");
        LocalDate start = LocalDate.now(clock).minusWeeks(2).with(DayOfWeek.MONDAY);
        Fixtures.NewProject plan = fixtures.project(manager, "叶任务", start);
        List<String> codes = new ArrayList<>();
        for (int phase = 1; phase <= 3; phase++) {
            plan.phase("阶段" + phase);
            for (int module = 1; module <= 3; module++) {
                plan.module("模块" + phase + module);
                int tasks = phase == 2 && module == 2 ? 0 : 1 + random.nextInt(4); // one module without tasks
                for (int task = 1; task <= tasks; task++) {
                    LocalDate from = start.plusDays(random.nextInt(40));
                    String predecessor = codes.isEmpty() || random.nextInt(3) == 0 ? null
                            : codes.get(random.nextInt(codes.size())) + (random.nextBoolean() ? "" : "SS+1");
                    String code = phase + "." + module + "." + task;
                    plan.task("任务" + code, random.nextBoolean() ? owner : other, from,
                            from.plusDays(random.nextInt(12)), predecessor);
                    codes.add(code);
                }
            }
        }
        long projectId = plan.activate();
        SignIn.as(users, manager.getUsername());
        List<TrackedTask> all = tracking.tasksOf(projectId);
        TrackedTask consulted = all.stream().filter(t -> other.getId().equals(t.ownerId())).findFirst().orElseThrow();
        raci.set(projectId, consulted.id(), owner.getId(), null, RaciLetter.C);
        assertThat(all).extracting(TrackedTask::critical).contains(true, false);

        for (int round = 0; round < 4; round++) {
            SignIn.as(users, manager.getUsername());
            all = tracking.tasksOf(projectId);
            Set<Long> itemIds = new HashSet<>(jdbc.queryForList("select id from work_item where project_id = ?",
                    Long.class, projectId));
            for (int pick = 0; pick < 5; pick++) { // subsets of items, parents among them
                Set<Long> some = new HashSet<>();
                itemIds.forEach(id -> {
                    if (random.nextInt(3) == 0) {
                        some.add(id);
                    }
                });
                assertThat(tracking.tasksOf(leafTasks.of(projectId, some).orElseThrow()))
                        .as("round %d", round).isEqualTo(all.stream().filter(t -> some.contains(t.id())).toList());
            }
            SignIn.as(users, owner.getUsername());
            assertThat(tracking.myTasks(true)).extracting(MyTask::task).as("round %d", round)
                    .containsExactlyInAnyOrderElementsOf(all.stream()
                            .filter(t -> owner.getId().equals(t.ownerId()) || t.id() == consulted.id()).toList());
            changeElsewhere(projectId, round, random);
        }
    }

    /** What another instance could have changed in the plan: dates, places, a dependency. */
    private void changeElsewhere(long projectId, int round, Random random) {
        List<Long> leaves = jdbc.queryForList("select id from work_item w where project_id = ? and not exists"
                + " (select 1 from work_item c where c.parent_id = w.id) and planned_start is not null order by id",
                Long.class, projectId);
        long task = leaves.get(random.nextInt(leaves.size()));
        switch (round) {
            case 0 -> jdbc.update("update work_item set planned_finish = date_add(planned_finish, interval 30 day)"
                    + " where id = ?", task);
            case 1 -> jdbc.update("update work_item set position = -position where parent_id ="
                    + " (select parent_id from (select parent_id from work_item where id = ?) p)", task);
            case 2 -> {
                long last = leaves.get(leaves.size() - 1);
                jdbc.update("delete from dependency where successor_id = ?", last);
                jdbc.update("insert into dependency (predecessor_id, successor_id, type, lag_days) values (?, ?, 'FS', 3)",
                        task == last ? leaves.get(0) : task, last);
            }
            default -> {
            }
        }
    }
}
