package com.campaigntracker.files.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.Fixtures;
import com.campaigntracker.KaribuTest;
import com.campaigntracker.discussion.DiscussionService;
import com.campaigntracker.files.TaskFileService;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.HistoryEntry;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.plan.WorkItemHistoryService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.raci.RaciLetter;
import com.campaigntracker.raci.RaciMatrixService;
import com.campaigntracker.shared.i18n.AppLocales;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The A's "To accept" shows the files of the version finished; a new upload while the A looks is shown
 * before any decision (the comment typed stays); the rejection records the versions judged and lands in
 * the task's discussion; the history lists the upload, the comment and the decision.
 */
class AcceptanceWithFilesUiTest extends KaribuTest {

    private static final LocalDate MON = LocalDate.of(2027, 9, 6);

    @Autowired
    Fixtures fixtures;
    @Autowired
    ProjectService projects;
    @Autowired
    TimelineService timelines;
    @Autowired
    RaciMatrixService raci;
    @Autowired
    TaskFileService files;
    @Autowired
    DiscussionService discussion;
    @Autowired
    WorkItemHistoryService histories;

    @Test
    void the_A_judges_the_files_shown_and_a_rejection_names_the_versions_in_the_discussion() throws IOException {
        Person manager = fixtures.manager("acc-files-m", "验收文件经理");
        Person owner = fixtures.member("acc-files-r", "做主视觉的人");
        Person accountable = fixtures.member("acc-files-a", "验收主视觉的人");
        long projectId = fixtures.project(manager, "验收文件", MON).phase("阶段").module("模块")
                .task("主视觉设计", owner, MON, MON.plusDays(4)).create();
        signIn(manager.getUsername());
        WorkItemRow task = projects.workTree(projectId).orElseThrow().rows().stream()
                .filter(r -> r.name().equals("主视觉设计")).findFirst().orElseThrow();
        raci.set(projectId, task.id(), accountable.getId(), null, RaciLetter.A);

        signIn(owner.getUsername());
        long v1 = files.upload(task.id(), "主视觉.png", new ByteArrayInputStream(png(16))).id();
        timelines.setProgress(task.id(), projects.workTree(projectId).orElseThrow().rows().stream()
                .filter(r -> r.id() == task.id()).findFirst().orElseThrow().version(), 100);

        signIn(accountable.getUsername());
        useLocale(AppLocales.CHINESE);
        UI.getCurrent().navigate("acceptances");
        Anchor shown = _get(Anchor.class, spec -> spec.withId("acceptance-file-" + v1));
        assertThat(shown.getHref()).isEqualTo("files/" + v1 + "?inline=true");
        assertThat(shown.getElement().getTextRecursively()).contains("主视觉.png v1");
        assertThat(_find(shown, Image.class)).as("an image shows as a thumbnail").hasSize(1);

        signIn(owner.getUsername()); // the R uploads a second version while the A looks at the first
        long v2 = files.upload(task.id(), "主视觉.png", new ByteArrayInputStream(png(24))).id();
        signIn(accountable.getUsername());
        _get(TextField.class, spec -> spec.withId("acceptance-comment-" + task.id())).setValue("尺寸不对");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("reject-" + task.id())));
        assertThat(lastNotification()).isEqualTo("打开列表后交付物的文件有了新版本；请先查看新版本再做决定。");
        assertThat(_find(Anchor.class, spec -> spec.withId("acceptance-file-" + v1))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("acceptance-file-" + v2))).hasSize(1);
        assertThat(_get(TextField.class, spec -> spec.withId("acceptance-comment-" + task.id())).getValue())
                .as("what the A typed stays").isEqualTo("尺寸不对");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("reject-" + task.id())));
        assertThat(_find(Anchor.class, spec -> spec.withId("acceptance-file-" + v2))).as("decided").isEmpty();
        assertThat(discussion.ofTask(task.id())).singleElement().satisfies(c -> {
            assertThat(c.authorName()).isEqualTo("验收主视觉的人");
            assertThat(c.body()).isEqualTo("尺寸不对\n\n📎 主视觉.png v2");
        });
        List<HistoryEntry> history = histories.history(task.id());
        assertThat(history).flatExtracting(HistoryEntry::changes).extracting(HistoryEntry.Change::after)
                .contains(new HistoryEntry.Acceptance(false, "尺寸不对", List.of("主视觉.png v2")));
        assertThat(history).extracting(HistoryEntry::kind)
                .contains(HistoryEntry.Kind.COMMENTED, HistoryEntry.Kind.FILE_ADDED);
        assertThat(history).filteredOn(e -> e.kind() == HistoryEntry.Kind.FILE_ADDED).hasSize(2);
    }

    private static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
