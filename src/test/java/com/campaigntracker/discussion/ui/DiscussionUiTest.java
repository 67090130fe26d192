package com.campaigntracker.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.files.TaskFileService;
import com.campaigntracker.notify.NoticeLine;
import com.campaigntracker.notify.NoticeService;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.PlanRoutes;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.shared.i18n.AppLocales;
import com.campaigntracker.shared.ui.AppLinks;
import com.campaigntracker.shared.ui.ProjectNotFound;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mention picker (typing {@code @zjl} offers 赵建林, choosing writes the name and sends the id), the
 * comment shown as typed with its link, and the notice's link opening the comment; an outsider gets "not found".
 */
class DiscussionUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2027, 5, 3);

    @Autowired
    Fixtures fixtures;
    @Autowired
    ProjectService projects;
    @Autowired
    NoticeService notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskFileService files;

    @Test
    void a_mention_is_picked_by_pinyin_initials_sent_as_an_id_and_its_notice_opens_the_comment() {
        Person manager = fixtures.manager("disc-ui-m", "赵建林");
        Person owner = fixtures.member("disc-ui-r", "孙小蕾");
        Person outsider = fixtures.member("disc-ui-x", "局外人");
        long projectId = fixtures.project(manager, "讨论界面", MON).phase("阶段").module("模块")
                .task("直播带货对接", owner, MON, MON.plusDays(4)).create();
        signIn(manager.getUsername());
        long taskId = projects.workTree(projectId).orElseThrow().rows().stream()
                .filter(r -> r.name().equals("直播带货对接")).mapToLong(WorkItemRow::id).findFirst().orElseThrow();

        signIn(owner.getUsername());
        long fileId = files.upload(taskId, "档期表.png", new java.io.ByteArrayInputStream(png())).id();
        useLocale(AppLocales.CHINESE);
        AppLinks.open(UI.getCurrent(), PlanRoutes.taskDiscussion(projectId, taskId));
        // the task's files sit above its discussion, the image with its thumbnail
        Anchor file = _get(Anchor.class, spec -> spec.withId("file-open-" + fileId));
        assertThat(file.getText()).isEqualTo("档期表.png");
        assertThat(file.getHref()).isEqualTo("files/" + fileId + "?inline=true");
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class)).as("the R uploads").hasSize(1);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("discussion-title")).getText())
                .isEqualTo("\"直播带货对接\"的讨论");
        TextArea text = _get(TextArea.class, spec -> spec.withId("new-comment-text"));
        text.setValue("@zjl");
        Button offered = _get(Button.class, spec -> spec.withId("new-comment-offers-" + manager.getId()));
        assertThat(offered.getText()).isEqualTo("赵建林");
        assertThat(_find(Button.class, spec -> spec.withId("new-comment-offers-" + outsider.getId()))).isEmpty();
        ButtonKt._click(offered);
        assertThat(text.getValue()).isEqualTo("@赵建林 ");
        text.setValue(text.getValue() + "主播档期已确认 <b>不加粗</b>\n见 https://example.test/排期?x=1。");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("send-comment")));

        assertThat(text.getValue()).as("sent: the field is empty again").isEmpty();
        Long commentId = jdbc.queryForObject("select max(id) from discussion_comment where work_item_id = ?", Long.class,
                taskId);
        assertThat(jdbc.queryForList("select person_id from discussion_mention where comment_id = ?", Long.class,
                commentId)).containsExactly(manager.getId());
        Div card = _get(Div.class, spec -> spec.withId("comment-" + commentId));
        Div body = _get(card, Div.class, spec -> spec.withClasses("comment-body"));
        assertThat(body.getElement().getProperty("innerHTML")).as("never rendered as HTML").isNull();
        assertThat(_find(body, Span.class)).extracting(Span::getText)
                .containsExactly("@赵建林 主播档期已确认 <b>不加粗</b>\n见 ", "。");
        Anchor link = _get(body, Anchor.class);
        assertThat(link.getHref()).isEqualTo("https://example.test/排期?x=1");
        assertThat(link.getElement().getAttribute("rel")).contains("noopener");

        signIn(manager.getUsername());
        NoticeLine notice = notices.mine(20).stream()
                .filter(n -> n.messageKey().equals("notice.discussion.mentionedOnTask")).findFirst().orElseThrow();
        AppLinks.open(UI.getCurrent(), notice.link());
        assertThat(_get(Div.class, spec -> spec.withId("comment-" + commentId)).hasClassName("highlighted")).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("comment-delete-" + commentId))).as("the manager deletes")
                .hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("comment-edit-" + commentId))).as("only the author edits")
                .isEmpty();
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class)).as("the manager uploads too").hasSize(1);

        signIn(outsider.getUsername());
        AppLinks.open(UI.getCurrent(), notice.link());
        assertThat(_find(ProjectNotFound.class)).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("comment-" + commentId))).isEmpty();
    }

    @Test
    void the_author_edits_in_place_and_a_deleted_comment_leaves_its_trace_on_the_project_page() {
        Person manager = fixtures.manager("disc-ui2-m", "赵建林");
        Person owner = fixtures.member("disc-ui2-r", "孙小蕾");
        long projectId = fixtures.project(manager, "讨论界面二", MON).phase("阶段").module("模块")
                .task("主视觉设计", owner, MON, MON.plusDays(4)).create();
        signIn(owner.getUsername());
        useLocale(AppLocales.ENGLISH);
        UI.getCurrent().navigate(PlanRoutes.discussion(projectId));
        _get(TextArea.class, spec -> spec.withId("new-comment-text")).setValue("first draft");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("send-comment")));
        Long id = jdbc.queryForObject("select max(id) from discussion_comment where project_id = ?", Long.class,
                projectId);

        ButtonKt._click(_get(Button.class, spec -> spec.withId("comment-edit-" + id)));
        _get(TextArea.class, spec -> spec.withId("edit-comment-" + id + "-text")).setValue("second draft");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-comment-" + id)));
        Div card = _get(Div.class, spec -> spec.withId("comment-" + id));
        assertThat(_get(card, Div.class, spec -> spec.withClasses("comment-body")).getElement().getTextRecursively())
                .isEqualTo("second draft");
        assertThat(_find(card, Span.class, spec -> spec.withClasses("comment-edited"))).hasSize(1);

        ButtonKt._click(_get(Button.class, spec -> spec.withId("comment-delete-" + id)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        Div trace = _get(_get(Div.class, spec -> spec.withId("comment-" + id)), Div.class,
                spec -> spec.withClasses("comment-deleted"));
        assertThat(trace.getText()).startsWith("Deleted by 孙小蕾");
        assertThat(jdbc.queryForObject("select body from discussion_comment where id = ?", String.class, id)).isNull();
    }

    private static byte[] png() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
