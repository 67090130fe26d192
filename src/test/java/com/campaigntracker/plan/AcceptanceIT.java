package com.campaigntracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.Person;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A task its R finishes waits for its A: accepted it is done, rejected it reopens; without an A it is done at once. */
class AcceptanceIT extends IntegrationTest {

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
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;

    private Person manager;
    private Person owner;
    private Person accepter;
    private long projectId;

    @BeforeEach
    void createProject() {
        manager = fixtures.manager("accept-manager", "验收经理");
        owner = fixtures.member("accept-r", "做事的人");
        accepter = fixtures.member("accept-a", "验收人");
        projectId = fixtures.project(manager, "验收测试", MON).phase("阶段").module("模块")
                .task("海报", owner, MON, MON.plusDays(4))
                .task("无A任务", owner, MON, MON.plusDays(4))
                .create();
        SignIn.as(users, manager.getUsername());
        raci.set(projectId, row("海报").id(), accepter.getId(), null, RaciLetter.A);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private WorkItemRow row(String name) {
        SignIn.as(users, manager.getUsername());
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
        finishAs(owner.getUsername(), "海报");
        WorkItemRow waiting = row("海报");
        assertThat(waiting.storedStatus()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(waiting.percentComplete()).isEqualTo(100);
        assertThat(waiting.actualFinish()).isNull();

        SignIn.as(users, owner.getUsername());
        assertThat(acceptances.waitingForMe()).isEmpty();
        assertThatThrownBy(() -> acceptances.accept(waiting.id())).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, accepter.getUsername());
        assertThat(acceptances.waitingForMe()).singleElement()
                .satisfies(p -> assertThat(p.itemName()).isEqualTo("海报"));
        assertThatThrownBy(() -> acceptances.reject(waiting.id(), " "))
                .hasMessageContaining("acceptance.error.commentRequired");
        acceptances.reject(waiting.id(), "尺寸不对");
        assertThat(row("海报").storedStatus()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(row("海报").percentComplete()).isEqualTo(90);
        SignIn.as(users, accepter.getUsername());
        assertThat(acceptances.waitingForMe()).isEmpty();

        finishAs(owner.getUsername(), "海报");
        SignIn.as(users, accepter.getUsername());
        acceptances.accept(waiting.id());
        WorkItemRow done = row("海报");
        assertThat(done.storedStatus()).isEqualTo(ProgressStatus.DONE);
        assertThat(done.actualFinish()).isNotNull();
        assertThat(histories.history(done.id()).get(0).username()).isEqualTo(accepter.getUsername()); // who accepted, and when
        assertThat(histories.history(done.id()).stream().flatMap(h -> h.changes().stream())
                .filter(c -> c.fieldKey().equals("history.acceptance")).map(HistoryEntry.Change::after).toList())
                .contains(new HistoryEntry.Acceptance(true, null, java.util.List.of()), new HistoryEntry.Acceptance(false, "尺寸不对", java.util.List.of()));
    }

    @Test
    void a_pending_acceptance_closes_when_the_A_goes_and_the_task_is_done_at_once() {
        finishAs(owner.getUsername(), "海报");
        SignIn.as(users, manager.getUsername());
        raci.set(projectId, row("海报").id(), accepter.getId(), RaciLetter.A, null);
        finishAs(owner.getUsername(), "海报"); // no A any more: done, and nothing waits
        assertThat(row("海报").storedStatus()).isEqualTo(ProgressStatus.DONE);
        SignIn.as(users, manager.getUsername());
        raci.set(projectId, row("海报").id(), accepter.getId(), null, RaciLetter.A);
        SignIn.as(users, accepter.getUsername());
        assertThat(acceptances.waitingForMe()).isEmpty();
        assertThatThrownBy(() -> acceptances.accept(row("海报").id())).hasMessageContaining("acceptance.error.nothingPending");
    }

    @Test
    void a_task_without_an_A_is_done_at_once() {
        finishAs(owner.getUsername(), "无A任务");
        WorkItemRow done = row("无A任务");
        assertThat(done.storedStatus()).isEqualTo(ProgressStatus.DONE);
        assertThat(done.actualFinish()).isNotNull();
    }
}
