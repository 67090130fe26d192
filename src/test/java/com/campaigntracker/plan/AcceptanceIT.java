package com.campaigntracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.TestPlans;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A task its R finishes waits for its A: accepted it is done, rejected it reopens; without an A it is done at once. */
class AcceptanceIT extends IntegrationTest {

    private static final String MANAGER = "accept-manager";
    private static final LocalDate MON = LocalDate.of(2028, 1, 3);

    @Autowired
    AcceptanceService acceptances;
    @Autowired
    TimelineService timelines;
    @Autowired
    WorkItemHistoryService histories;
    @Autowired
    RaciMatrixService raci;
    @Autowired
    ProjectService projects;
    @Autowired
    WorkTreeService workTrees;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;

    private long projectId;

    @BeforeEach
    void createProject() {
        SignIn.as(users, "admin");
        if (people.findByUsername(MANAGER).isEmpty()) {
            people.createPerson(MANAGER, "验收经理", Role.MANAGER, null, "secret");
            people.createPerson("accept-r", "做事的人", Role.MEMBER, null, "secret");
            people.createPerson("accept-a", "验收人", Role.MEMBER, null, "secret");
        }
        SignIn.as(users, MANAGER);
        projectId = TestPlans.project(projects, people, MANAGER, "验收测试", MON);
        Person r = people.findByUsername("accept-r").orElseThrow();
        workTrees.appendRows(projectId, List.of(
                TestPlans.row(WorkItemLevel.PHASE, "阶段", null, null, null, null),
                TestPlans.row(WorkItemLevel.MODULE, "模块", null, null, null, null),
                TestPlans.row(WorkItemLevel.TASK, "海报", r, MON, MON.plusDays(4), null),
                TestPlans.row(WorkItemLevel.TASK, "无A任务", r, MON, MON.plusDays(4), null)));
        raci.set(projectId, row("海报").id(), people.findByUsername("accept-a").orElseThrow().getId(), null,
                RaciLetter.A);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private WorkItemRow row(String name) {
        SignIn.as(users, MANAGER);
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }

    private void finishAs(String username, String name) {
        WorkItemRow task = row(name);
        SignIn.as(users, username);
        timelines.setProgress(task.id(), task.version(), 100);
    }

    @Test
    void finished_by_the_R_it_waits_rejected_it_reopens_accepted_it_is_done_and_the_history_says_who() {
        finishAs("accept-r", "海报");
        WorkItemRow waiting = row("海报");
        assertThat(waiting.storedStatus()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(waiting.percentComplete()).isEqualTo(100);
        assertThat(waiting.actualFinish()).isNull();

        SignIn.as(users, "accept-r");
        assertThat(acceptances.waitingForMe()).isEmpty();
        assertThatThrownBy(() -> acceptances.accept(waiting.id())).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "accept-a");
        assertThat(acceptances.waitingForMe()).singleElement()
                .satisfies(p -> assertThat(p.itemName()).isEqualTo("海报"));
        assertThatThrownBy(() -> acceptances.reject(waiting.id(), " "))
                .hasMessageContaining("acceptance.error.commentRequired");
        acceptances.reject(waiting.id(), "尺寸不对");
        assertThat(row("海报").storedStatus()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(row("海报").percentComplete()).isEqualTo(90);
        SignIn.as(users, "accept-a");
        assertThat(acceptances.waitingForMe()).isEmpty();

        finishAs("accept-r", "海报");
        SignIn.as(users, "accept-a");
        acceptances.accept(waiting.id());
        WorkItemRow done = row("海报");
        assertThat(done.storedStatus()).isEqualTo(ProgressStatus.DONE);
        assertThat(done.actualFinish()).isNotNull();
        assertThat(histories.history(done.id()).get(0).username()).isEqualTo("accept-a"); // who accepted, and when
        assertThat(histories.history(done.id()).stream().flatMap(h -> h.changes().stream())
                .filter(c -> c.fieldKey().equals("history.acceptance")).map(HistoryEntry.Change::after).toList())
                .contains(new HistoryEntry.Acceptance(true, null), new HistoryEntry.Acceptance(false, "尺寸不对"));
    }

    @Test
    void a_pending_acceptance_closes_when_the_A_goes_and_the_task_is_done_at_once() {
        finishAs("accept-r", "海报");
        SignIn.as(users, MANAGER);
        raci.set(projectId, row("海报").id(), people.findByUsername("accept-a").orElseThrow().getId(), RaciLetter.A, null);
        finishAs("accept-r", "海报"); // no A any more: done, and nothing waits
        assertThat(row("海报").storedStatus()).isEqualTo(ProgressStatus.DONE);
        SignIn.as(users, MANAGER);
        raci.set(projectId, row("海报").id(), people.findByUsername("accept-a").orElseThrow().getId(), null, RaciLetter.A);
        SignIn.as(users, "accept-a");
        assertThat(acceptances.waitingForMe()).isEmpty();
        assertThatThrownBy(() -> acceptances.accept(row("海报").id())).hasMessageContaining("acceptance.error.nothingPending");
    }

    @Test
    void a_task_without_an_A_is_done_at_once() {
        finishAs("accept-r", "无A任务");
        WorkItemRow done = row("无A任务");
        assertThat(done.storedStatus()).isEqualTo(ProgressStatus.DONE);
        assertThat(done.actualFinish()).isNotNull();
    }
}
