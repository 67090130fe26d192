package com.campaigntracker.kickoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.SignIn;
import com.campaigntracker.TestPlans;
import com.campaigntracker.notify.MailSettingsDetails;
import com.campaigntracker.notify.MailSettingsService;
import com.campaigntracker.notify.NoticeLine;
import com.campaigntracker.notify.NoticeService;
import com.campaigntracker.notify.OutboxDispatcher;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.PersonDetails;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.ProjectStatus;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * 批准人 as A once the checklist asks for it; 知会人, who has an e-mail address, is I on 甲 where a test reads mail.
 */
class KickoffIT extends IntegrationTest {

    private static final String MANAGER = "kickoff-manager";
    private static final String MAILED = "kick-mail";
    private static final String MAILED_ADDRESS = "kick-mail@example.com";
    private static final LocalDate MON = LocalDate.of(2027, 11, 1);

    @Autowired
    KickoffService kickoffs;
    @Autowired
    ProjectService projects;
    @Autowired
    PlanRowsService planRows;
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
    @Autowired
    NoticeService notices;
    @Autowired
    MailSettingsService mail;
    @Autowired
    OutboxDispatcher dispatcher;

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
            // the one with an e-mail address: given a letter only by the test that reads its mail, so that no
            // other test leaves a mail waiting in the outbox
            Person informed = people.createPerson(MAILED, "知会人", Role.MEMBER, null, "secret");
            PersonDetails details = PersonDetails.of(informed);
            details.setEmail(MAILED_ADDRESS);
            people.update(informed.getId(), informed.getVersion(), details);
        }
        SignIn.as(users, MANAGER);
        projectId = TestPlans.project(projects, people, MANAGER, "启动测试", MON);
        planRows.appendRows(projectId, List.of(
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
    void a_cancelled_projects_kickoff_is_a_record_nobody_answers_any_more() {
        makeReady();
        kickoffs.publish(projectId);
        long version = projects.workTree(projectId).orElseThrow().project().version();
        projects.cancel(projectId, version, "预算取消");
        Integer answersBefore = jdbc.queryForObject("select count(*) from kickoff_answer a join kickoff_request r"
                + " on a.request_id = r.id join kickoff_publication p on r.publication_id = p.id where p.project_id = ?", Integer.class, projectId);

        SignIn.as(users, "kick-r1");
        assertThat(kickoffs.waitingForMe()).extracting(Kickoff::projectId).doesNotContain(projectId);
        assertThatThrownBy(() -> kickoffs.answer(projectId, true, null))
                .isInstanceOf(com.campaigntracker.plan.ProjectClosedException.class);
        assertThatThrownBy(() -> kickoffs.answer(projectId, false, "还有问题"))
                .isInstanceOf(com.campaigntracker.plan.ProjectClosedException.class);
        SignIn.as(users, MANAGER);
        assertThat(jdbc.queryForObject("select count(*) from kickoff_answer a join kickoff_request r"
                + " on a.request_id = r.id join kickoff_publication p on r.publication_id = p.id where p.project_id = ?", Integer.class, projectId)).isEqualTo(answersBefore);
        assertThat(stateOf("kick-r1")).isEqualTo(Kickoff.State.WAITING);
    }

    @Test
    void an_override_is_allowed_exactly_while_the_published_plan_waits_with_nothing_blocking() {
        makeReady();
        assertThat(kickoff().canOverride()).isFalse(); // nobody was asked yet
        kickoffs.publish(projectId);
        assertThat(kickoff().canOverride()).isTrue();

        // the plan grows after publication: a task without its A blocks the override as it blocks publication
        planRows.appendRows(projectId, List.of(
                TestPlans.row(WorkItemLevel.PHASE, "阶段二", null, null, null, null),
                TestPlans.row(WorkItemLevel.MODULE, "模块二", null, null, null, null),
                TestPlans.row(WorkItemLevel.TASK, "丙", person("kick-r1"), MON, MON.plusDays(2), null)));
        assertThat(kickoff().canOverride()).isFalse();
        assertThatThrownBy(() -> kickoffs.override(projectId, "no time")).isInstanceOf(KickoffException.class)
                .hasMessageContaining("kickoff.error.notReady");

        raci.set(projectId, item("丙"), person("kick-a").getId(), null, RaciLetter.A);
        assertThat(kickoff().canOverride()).isTrue();
        kickoffs.override(projectId, "顾问 is on leave");
        // once it runs there is nothing left to override: refused, and no second override is recorded
        assertThat(kickoff().canOverride()).isFalse();
        assertThatThrownBy(() -> kickoffs.override(projectId, "again")).isInstanceOf(KickoffException.class)
                .hasMessageContaining("kickoff.error.alreadyActive");
        assertThat(jdbc.queryForObject("select count(*) from kickoff_override where project_id = ?", Integer.class,
                projectId)).isEqualTo(1);
    }

    @Test
    void a_cancelled_projects_kickoff_offers_no_override() {
        makeReady();
        kickoffs.publish(projectId);
        projects.cancel(projectId, projects.workTree(projectId).orElseThrow().project().version(), "预算取消");
        assertThat(kickoff().canOverride()).isFalse();
        assertThatThrownBy(() -> kickoffs.override(projectId, "start anyway"))
                .isInstanceOf(com.campaigntracker.plan.ProjectClosedException.class);
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
    void publishing_tells_every_RACI_holder_in_the_app_and_by_mail_and_a_republication_only_those_asked_again()
            throws Exception {
        makeReady();
        raci.set(projectId, item("甲"), person(MAILED).getId(), null, RaciLetter.I);
        String name = projects.workTree(projectId).orElseThrow().project().name();
        String link = "projects/" + projectId + "/kickoff";
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort()); // a free port: other builds may run theirs
        smtp.start();
        try {
            SignIn.as(users, "admin");
            mail.save(new MailSettingsDetails(true, "127.0.0.1", smtp.getSmtp().getPort(), null, false,
                    "tracker@example.com", false), null);
            SignIn.as(users, MANAGER);

            assertThat(kickoffs.publish(projectId)).isEqualTo(1);
            deliverThisProjectsMail();

            for (String holder : List.of("kick-r1", "kick-r2", "kick-a", "kick-c", MAILED)) {
                assertThat(kickoffNotices(holder, link)).as(holder).singleElement().satisfies(n ->
                        assertThat(n.args()).containsExactly(name, "1"));
            }
            assertThat(kickoffNotices(MANAGER, link)).isEmpty(); // the manager holds no letter: nothing to confirm
            // the one holder with an address also gets it by mail, in both languages, with the page's address
            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
            List<MimeMessage> mails = mailsTo(smtp, MAILED_ADDRESS);
            assertThat(mails).singleElement().satisfies(m -> {
                assertThat(m.getSubject()).contains(name).contains("请确认").contains("Please confirm");
                assertThat(m.getContent().toString()).contains("知会人").contains("/" + link);
            });

            // 乙 moves: 执行乙, 批准人 and 顾问 are asked again, and told; 执行甲 and 知会人 (only on 甲) are not
            SignIn.as(users, MANAGER);
            WorkItemRow yi = projects.workTree(projectId).orElseThrow().rows().stream()
                    .filter(r -> r.name().equals("乙")).findFirst().orElseThrow();
            timelines.reschedule(yi.id(), yi.version(), yi.plannedStart(), yi.plannedFinish().plusDays(1), true);
            assertThat(kickoffs.publish(projectId)).isEqualTo(2);
            deliverThisProjectsMail();
            for (String asked : List.of("kick-r2", "kick-a", "kick-c")) {
                assertThat(kickoffNotices(asked, link)).as(asked).extracting(n -> n.args().get(1))
                        .containsExactly("2", "1"); // newest first
            }
            for (String notAsked : List.of("kick-r1", MAILED)) {
                assertThat(kickoffNotices(notAsked, link)).as(notAsked).extracting(n -> n.args().get(1))
                        .containsExactly("1");
            }
            assertThat(mailsTo(smtp, MAILED_ADDRESS)).hasSize(1);
        } finally {
            SignIn.as(users, "admin");
            mail.save(new MailSettingsDetails(false, null, 25, null, false, "tracker@example.com", false), "");
            smtp.stop();
        }
    }

    /** Sends what this test queued, waiting for a dispatch already under way (the dispatcher runs one at a time). */
    private void deliverThisProjectsMail() {
        dispatcher.dispatchDue();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where project_id = ? and delivered_at is null",
                Long.class, projectId)).as("undelivered messages of this project").isZero();
    }

    private List<NoticeLine> kickoffNotices(String username, String link) {
        SignIn.as(users, username);
        List<NoticeLine> mine = notices.mine(100).stream()
                .filter(n -> n.messageKey().equals("notice.kickoff") && link.equals(n.link())).toList();
        SignIn.as(users, MANAGER);
        return mine;
    }

    private static List<MimeMessage> mailsTo(GreenMail smtp, String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                found.add(m);
            }
        }
        return found;
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
