package com.campaigntracker.kickoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.TestPlans;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTreeService;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The kickoff flow (R7) on a project of its own: 甲 (R 执行甲) and 乙 (R 执行乙, C 顾问), both with
 * 批准人 as A once the checklist asks for it.
 */
class KickoffIT extends IntegrationTest {

    private static final String MANAGER = "kickoff-manager";
    private static final LocalDate MON = LocalDate.of(2027, 11, 1);

    @Autowired
    KickoffService kickoffs;
    @Autowired
    ProjectService projects;
    @Autowired
    WorkTreeService workTrees;
    @Autowired
    TimelineService timelines;
    @Autowired
    RaciMatrixService raci;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private long projectId;

    @BeforeEach
    void createProject() {
        SignIn.as(users, "admin");
        if (people.findByUsername(MANAGER).isEmpty()) {
            people.createPerson(MANAGER, "启动经理", Role.MANAGER, null, "secret");
            for (String[] p : new String[][] {{"kick-r1", "执行甲"}, {"kick-r2", "执行乙"}, {"kick-a", "批准人"},
                    {"kick-c", "顾问"}}) {
                people.createPerson(p[0], p[1], Role.MEMBER, null, "secret");
            }
        }
        SignIn.as(users, MANAGER);
        projectId = TestPlans.project(projects, people, MANAGER, "启动测试", MON);
        workTrees.appendRows(projectId, List.of(
                TestPlans.row(WorkItemLevel.PHASE, "阶段", null, null, null, null),
                TestPlans.row(WorkItemLevel.MODULE, "模块", null, null, null, null),
                TestPlans.row(WorkItemLevel.TASK, "甲", person("kick-r1"), MON, MON.plusDays(4), null),
                TestPlans.row(WorkItemLevel.TASK, "乙", person("kick-r2"), MON.plusDays(7), MON.plusDays(9), null)));
        raci.set(projectId, item("乙"), person("kick-c").getId(), null, RaciLetter.C);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Person person(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    private long item(String name) {
        return projects.workTree(projectId).orElseThrow().rows().stream().filter(r -> r.name().equals(name))
                .findFirst().map(WorkItemRow::id).orElseThrow();
    }

    private Kickoff kickoff() {
        return kickoffs.kickoff(projectId).orElseThrow();
    }

    private Kickoff.State stateOf(String username) {
        long id = person(username).getId();
        return kickoff().participants().stream().filter(p -> p.personId() == id).findFirst().orElseThrow().state();
    }

    private void answerAs(String username, boolean confirm, String comment) {
        SignIn.as(users, username);
        kickoffs.answer(projectId, confirm, comment);
        SignIn.as(users, MANAGER);
    }

    private void makeReady() {
        raci.set(projectId, item("甲"), person("kick-a").getId(), null, RaciLetter.A);
        raci.set(projectId, item("乙"), person("kick-a").getId(), null, RaciLetter.A);
    }

    @Test
    void the_checklist_blocks_publication_until_every_task_has_its_A() {
        assertThat(kickoff().blockers()).extracting(Kickoff.Blocker::key)
                .containsExactly("raci.problem.noA", "raci.problem.noA");
        assertThatThrownBy(() -> kickoffs.publish(projectId)).isInstanceOf(KickoffException.class)
                .hasMessageContaining("kickoff.error.notReady");
        makeReady();
        assertThat(kickoff().blockers()).isEmpty();
        assertThat(kickoffs.publish(projectId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from schedule_baseline where project_id = ?", Long.class,
                projectId)).isEqualTo(1); // the first published schedule is the baseline
    }

    @Test
    void two_confirm_one_objects_republishing_asks_only_those_affected_and_the_last_confirmation_starts_it() {
        makeReady();
        kickoffs.publish(projectId);
        assertThat(kickoff().participants()).extracting(Kickoff.Participant::state).containsOnly(Kickoff.State.WAITING)
                .hasSize(4);

        answerAs("kick-r1", true, null);
        answerAs("kick-a", true, null);
        SignIn.as(users, "kick-c");
        assertThatThrownBy(() -> kickoffs.answer(projectId, false, " ")).hasMessageContaining("kickoff.error.commentRequired");
        SignIn.as(users, MANAGER);
        answerAs("kick-c", false, "乙 needs two more days for the review");
        assertThat(stateOf("kick-c")).isEqualTo(Kickoff.State.OBJECTED);
        assertThat(kickoff().active()).isFalse();

        // the manager gives 乙 two more days: 执行乙, 批准人 and 顾问 see a changed part, 执行甲 does not
        WorkItemRow yi = projects.workTree(projectId).orElseThrow().rows().stream()
                .filter(r -> r.name().equals("乙")).findFirst().orElseThrow();
        timelines.reschedule(yi.id(), yi.version(), yi.plannedStart(), yi.plannedFinish().plusDays(2), true);
        assertThat(stateOf("kick-c")).isEqualTo(Kickoff.State.NOT_ASKED);
        assertThat(stateOf("kick-r1")).isEqualTo(Kickoff.State.CONFIRMED);

        assertThat(kickoffs.publish(projectId)).isEqualTo(2);
        assertThat(jdbc.queryForList("select p.username from kickoff_request r join kickoff_publication k"
                + " on k.id = r.publication_id join person p on p.id = r.person_id where k.project_id = ?"
                + " and k.number = 2 order by p.username", String.class, projectId))
                .containsExactly("kick-a", "kick-c", "kick-r2");
        assertThat(stateOf("kick-r1")).isEqualTo(Kickoff.State.CONFIRMED);

        answerAs("kick-r2", true, null);
        answerAs("kick-a", true, null);
        assertThat(kickoff().active()).isFalse();
        answerAs("kick-c", true, "OK now");
        assertThat(kickoff().active()).isTrue();
        assertThat(projects.workTree(projectId).orElseThrow().project().status()).isEqualTo(ProjectStatus.ACTIVE);

        // answers are never changed: the objection stays in 顾问's history under the newer confirmation
        Kickoff.Participant consultant = kickoff().participants().stream()
                .filter(p -> p.personId() == person("kick-c").getId()).findFirst().orElseThrow();
        assertThat(consultant.answers()).extracting(Kickoff.AnswerInfo::confirmed).containsExactly(true, false);
        assertThat(consultant.answers().get(1).comment()).isEqualTo("乙 needs two more days for the review");
        assertThat(consultant.answers()).extracting(Kickoff.AnswerInfo::publication).containsExactly(2, 1);
    }

    @Test
    void the_manager_may_override_with_a_reason_and_nobody_else_may_publish_or_override() {
        makeReady();
        SignIn.as(users, "kick-r1");
        assertThatThrownBy(() -> kickoffs.publish(projectId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kickoffs.override(projectId, "I want to start")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kickoffs.answer(projectId, true, null)).hasMessageContaining("kickoff.error.notAsked");
        SignIn.as(users, MANAGER);
        assertThatThrownBy(() -> kickoffs.override(projectId, "no time")).hasMessageContaining("kickoff.error.notPublished");
        kickoffs.publish(projectId);
        assertThatThrownBy(() -> kickoffs.override(projectId, "")).hasMessageContaining("kickoff.error.reasonRequired");
        kickoffs.override(projectId, "顾问 is on leave until the launch; 批准人 confirmed by phone");
        Kickoff k = kickoff();
        assertThat(k.active()).isTrue();
        assertThat(k.override()).get().extracting(Kickoff.OverrideInfo::by).isEqualTo("启动经理");
    }
}
