package com.campaigntracker.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Fixtures;
import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.notify.ChannelDetails;
import com.campaigntracker.notify.ChannelKind;
import com.campaigntracker.notify.ChannelService;
import com.campaigntracker.notify.NoticeService;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.TranslatableException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who reads and writes a task's discussion, what a mention may name, the edit window and delete traces. */
class DiscussionServiceIT extends IntegrationTest {

    private static final LocalDate MON = LocalDate.of(2027, 3, 1);

    @Autowired
    DiscussionService discussion;
    @Autowired
    ProjectService projects;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    NoticeService notices;
    @Autowired
    ChannelService channels;
    @Autowired
    JdbcTemplate jdbc;

    private Person manager;
    private Person owner;
    private Person outsider;
    private Person colleague;
    private long projectId;
    private long taskId;

    @AfterEach
    void tearDown() {
        clock.reset();
        SignIn.out();
    }

    /** Names no demo person has: the Excel import resolves people by display name (TemplatesIT imports the demo table). */
    private void plan(String prefix) {
        manager = fixtures.manager(prefix + "-m", "赵建林");
        owner = fixtures.member(prefix + "-r", "孙小蕾");
        outsider = fixtures.member(prefix + "-x", "局外人");
        colleague = fixtures.member(prefix + "-c", "钱多多");
        projectId = fixtures.project(manager, "讨论项目", MON).phase("阶段").module("模块")
                .task("直播带货对接", owner, MON, MON.plusDays(4))
                .task("物料设计", colleague, MON, MON.plusDays(2)).create();
        SignIn.as(users, manager.getUsername());
        taskId = projects.workTree(projectId).orElseThrow().rows().stream()
                .filter(r -> r.name().equals("直播带货对接")).mapToLong(WorkItemRow::id).findFirst().orElseThrow();
    }

    @Test
    void the_owner_comments_and_the_manager_reads_it_with_its_author_while_an_outsider_gets_nothing() {
        plan("disc-read");
        SignIn.as(users, owner.getUsername());
        discussion.commentOnTask(taskId, "  主播档期已确认\n第二行  ", List.of(manager.getId()));

        SignIn.as(users, manager.getUsername());
        assertThat(discussion.ofTask(taskId)).singleElement().satisfies(c -> {
            assertThat(c.authorName()).isEqualTo("孙小蕾");
            assertThat(c.itemName()).isEqualTo("直播带货对接");
            assertThat(c.body()).isEqualTo("主播档期已确认\n第二行");
            assertThat(c.mentions()).containsExactly(manager.getId());
            assertThat(c.mayEdit()).isFalse();
            assertThat(c.mayDelete()).isTrue(); // the manager
        });
        SignIn.as(users, outsider.getUsername());
        assertThat(discussion.ofTask(taskId)).isEmpty();
        assertThatThrownBy(() -> discussion.commentOnTask(taskId, "我也说一句", List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_mention_of_someone_outside_the_project_is_dropped_and_an_empty_comment_refused() {
        plan("disc-mention");
        SignIn.as(users, owner.getUsername());
        long id = discussion.commentOnTask(taskId, "@局外人 @赵建林 看一下",
                List.of(outsider.getId(), manager.getId()));
        assertThat(discussion.ofTask(taskId)).filteredOn(c -> c.id() == id).singleElement()
                .satisfies(c -> assertThat(c.mentions()).containsExactly(manager.getId()));
        assertThatThrownBy(() -> discussion.commentOnTask(taskId, "   ", List.of()))
                .isInstanceOf(TranslatableException.class).hasMessageContaining("discussion.error.empty");
    }

    @Test
    void the_author_edits_within_the_window_the_edit_is_marked_and_later_edits_are_refused() {
        plan("disc-edit");
        SignIn.as(users, owner.getUsername());
        long id = discussion.commentOnTask(taskId, "初稿", List.of());
        DiscussionService.CommentLine first = discussion.ofTask(taskId).get(0);
        assertThat(first.mayEdit()).isTrue();

        clock.advance(Duration.ofMinutes(5));
        discussion.edit(id, first.version(), "改过的", List.of());
        DiscussionService.CommentLine edited = discussion.ofTask(taskId).get(0);
        assertThat(edited.body()).isEqualTo("改过的");
        assertThat(edited.editedAt()).isNotNull();
        assertThatThrownBy(() -> discussion.edit(id, first.version(), "旧版本上的修改", List.of()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        SignIn.as(users, manager.getUsername());
        assertThatThrownBy(() -> discussion.edit(id, edited.version(), "经理改的", List.of()))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, owner.getUsername());
        clock.advance(Duration.ofMinutes(20));
        assertThatThrownBy(() -> discussion.edit(id, edited.version(), "太晚了", List.of()))
                .isInstanceOf(TranslatableException.class).hasMessageContaining("discussion.error.editWindowOver");
        assertThat(discussion.ofTask(taskId).get(0).body()).isEqualTo("改过的");
    }

    @Test
    void a_delete_by_the_manager_leaves_who_and_when_and_a_member_may_not_delete_anothers_comment() {
        plan("disc-delete");
        SignIn.as(users, manager.getUsername());
        long id = discussion.commentOnProject(projectId, "整体安排见附件", List.of());
        SignIn.as(users, owner.getUsername());
        long version = discussion.ofProject(projectId).get(0).version();
        assertThatThrownBy(() -> discussion.delete(id, version)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, manager.getUsername());
        discussion.delete(id, version);
        assertThat(discussion.ofProject(projectId)).singleElement().satisfies(c -> {
            assertThat(c.body()).isNull();
            assertThat(c.deletedByName()).isEqualTo("赵建林");
            assertThat(c.deletedAt()).isNotNull();
            assertThat(c.mayDelete()).isFalse();
        });
    }

    @Test
    void the_mention_picker_offers_the_projects_people_by_name_department_and_pinyin_initials() {
        plan("disc-pick");
        SignIn.as(users, owner.getUsername());
        assertThat(discussion.mentionable(projectId, "zjl", 10)).extracting(DiscussionService.Mentionable::name)
                .containsExactly("赵建林");
        assertThat(discussion.mentionable(projectId, "小", 10)).extracting(DiscussionService.Mentionable::name)
                .containsExactly("孙小蕾");
        assertThat(discussion.mentionable(projectId, "", 10)).extracting(DiscussionService.Mentionable::name)
                .containsExactlyInAnyOrder("赵建林", "孙小蕾", "钱多多").doesNotContain("局外人");
        SignIn.as(users, outsider.getUsername());
        assertThat(discussion.mentionable(projectId, "", 10)).isEmpty();
    }

    @Test
    void a_mentioned_person_gets_a_notice_and_an_email_linked_to_the_comment_and_the_channels_name_them() {
        plan("disc-notice");
        jdbc.update("update person set email = ? where id = ?", "zhao@example.test", manager.getId());
        channels.add(projectId, new ChannelDetails(ChannelKind.EMAIL, "项目组邮件", "team@example.test", null, true));
        SignIn.as(users, owner.getUsername());
        long id = discussion.commentOnTask(taskId, "@赵建林 主播档期已确认\n详见 https://example.test/a?b=1",
                List.of(manager.getId(), owner.getId()));

        SignIn.as(users, manager.getUsername());
        assertThat(notices.mine(20)).filteredOn(n -> n.messageKey().startsWith("notice.discussion."))
                .singleElement().satisfies(n -> {
                    assertThat(n.messageKey()).isEqualTo("notice.discussion.mentionedOnTask");
                    assertThat(n.args()).hasSize(4).startsWith("孙小蕾", "直播带货对接")
                            .endsWith("@赵建林 主播档期已确认 详见 https://example.test/a?b=1");
                    assertThat(n.args().get(2)).startsWith("讨论项目");
                    assertThat(n.link()).isEqualTo("projects/" + projectId + "/discussion?task=" + taskId
                            + "&comment=" + id);
                });
        SignIn.as(users, owner.getUsername());
        assertThat(notices.mine(20)).as("the author is not told of their own mention")
                .noneMatch(n -> n.messageKey().startsWith("notice.discussion."));
        // (the addresses are encrypted at rest: the person's mail is told by its greeting)
        List<String> mails = jdbc.queryForList("select concat(subject, ' | ', body) from outbox_message"
                + " where project_id = ? order by id", String.class, projectId);
        assertThat(mails).anySatisfy(m -> assertThat(m).startsWith("孙小蕾 在\"直播带货对接\"")
                .contains("mentioned you on").contains("您好 赵建林"));
        assertThat(mails).anySatisfy(m -> assertThat(m).startsWith("孙小蕾 在\"直播带货对接\"中提到 @赵建林 | ")
                .contains("主播档期已确认\n详见"));
        assertThat(mails).as("one mail to the person, one to the channel").hasSize(2);
    }

    @Test
    void an_edit_tells_only_the_people_it_names_anew() {
        plan("disc-renotice");
        Person third = colleague;
        SignIn.as(users, owner.getUsername());
        long id = discussion.commentOnTask(taskId, "@赵建林 请看", List.of(manager.getId()));
        long version = discussion.ofTask(taskId).get(0).version();
        discussion.edit(id, version, "@赵建林 @钱多多 请看", List.of(manager.getId(), third.getId()));

        assertThat(jdbc.queryForObject("select count(*) from notice where recipient_id = ? and message_key like"
                + " 'notice.discussion.%'", Integer.class, manager.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notice where recipient_id = ? and message_key like"
                + " 'notice.discussion.%'", Integer.class, third.getId())).isEqualTo(1);
    }
}
