package com.campaigntracker.discussion.ui;

import com.campaigntracker.discussion.DiscussionService;
import com.campaigntracker.discussion.DiscussionService.CommentLine;
import com.campaigntracker.discussion.DiscussionService.Discussion;
import com.campaigntracker.discussion.DiscussionService.Mentionable;
import com.campaigntracker.plan.PlanRoutes;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.shared.ui.ProjectNav;
import com.campaigntracker.shared.ui.ProjectPage;
import com.campaigntracker.shared.ui.TaskPanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A project's discussion (every comment, each task's marked with a link to its own), or one task's
 * ({@code ?task=12}) below what other modules show of the task (its files, {@link TaskPanel});
 * {@code &comment=34} scrolls to a comment, as the notice of a mention links it. One column: a phone
 * reads it as a desktop does.
 */
@Route("projects/:projectId/discussion")
@PermitAll
class DiscussionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DiscussionService discussions;
    private final transient List<TaskPanel> taskPanels;
    private final transient ZoneId zone;
    private final Div comments = new Div();
    private MentionField composer;
    private long projectId;
    private Long itemId;
    private Long highlighted;
    private String title = "";

    DiscussionView(DiscussionService discussions, List<TaskPanel> taskPanels, Clock clock) {
        this.discussions = discussions;
        this.taskPanels = taskPanels;
        this.zone = clock.getZone();
        addClassName("discussion-view");
        comments.setId("comments");
        comments.addClassName("comments");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = ProjectPage.id(event);
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        itemId = number(query, "task");
        highlighted = number(query, "comment");
        removeAll();
        Optional<Discussion> loaded = ProjectPage.load(this, projectId, id -> discussions.discussion(id, itemId),
                d -> d.itemName() == null ? d.projectName() : d.itemName() + " · " + d.projectName(), t -> title = t);
        loaded.ifPresent(this::show);
    }

    private void show(Discussion d) {
        add(new ProjectNav(projectId, ProjectNav.Page.DISCUSSION));
        H2 heading = new H2(d.itemId() == null ? getTranslation("discussion.ofProject", d.projectName())
                : getTranslation("discussion.ofTask", d.itemName()));
        heading.setId("discussion-title");
        add(heading);
        if (d.itemId() != null) {
            Anchor whole = new Anchor(PlanRoutes.discussion(projectId), getTranslation("discussion.wholeProject"));
            whole.getElement().setAttribute("router-link", true);
            whole.setId("discussion-whole-project");
            add(whole);
        }
        if (d.itemId() != null) {
            taskPanels.forEach(panel -> add(panel.create(d.itemId(), d.open(), zone)));
        }
        add(comments);
        fill(d.comments());
        if (!d.open()) {
            Paragraph gone = new Paragraph(getTranslation("discussion.taskGone"));
            gone.setId("discussion-task-gone");
            add(gone);
            return;
        }
        composer = new MentionField("new-comment", this::mentionable, this::send);
        Button send = new Button(getTranslation("discussion.send"), e -> send());
        send.setId("send-comment");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div write = new Div(composer, send);
        write.addClassName("comment-composer");
        add(write);
    }

    private void fill(List<CommentLine> lines) {
        comments.removeAll();
        if (lines.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("discussion.none"));
            none.setId("no-comments");
            comments.add(none);
        }
        for (CommentLine line : lines) {
            CommentCard card = new CommentCard(line, projectId, itemId == null, zone, new CommentCard.Actions() {
                @Override
                public void edit(CommentCard c, CommentLine l) {
                    startEdit(c, l);
                }

                @Override
                public void delete(CommentLine l) {
                    confirmDelete(l);
                }
            });
            if (highlighted != null && highlighted == line.id()) {
                card.addClassName("highlighted");
                card.scrollIntoView();
            }
            comments.add(card);
        }
    }

    private List<Mentionable> mentionable(String typed, int limit) {
        return discussions.mentionable(projectId, typed, limit);
    }

    private void send() {
        if (Messages.attempt(this, () -> {
            if (itemId == null) {
                discussions.commentOnProject(projectId, composer.value(), composer.mentions());
            } else {
                discussions.commentOnTask(itemId, composer.value(), composer.mentions());
            }
        })) {
            composer.clear();
            highlighted = null;
            reload();
        }
    }

    /** The comment's text becomes a field with its mentions; saving sends the version it was read at. */
    private void startEdit(CommentCard card, CommentLine line) {
        Map<Long, String> names = discussions.mentionable(projectId, "", Integer.MAX_VALUE).stream()
                .filter(m -> line.mentions().contains(m.id()))
                .collect(Collectors.toMap(Mentionable::id, Mentionable::name));
        MentionField field = new MentionField("edit-comment-" + line.id(), this::mentionable, () -> { });
        field.set(line.body(), names);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (attemptChange(() -> discussions.edit(line.id(), line.version(), field.value(), field.mentions()))) {
                reload();
            }
        });
        save.setId("save-comment-" + line.id());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button(getTranslation("action.cancel"), e -> reload());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        card.removeAll();
        card.add(field, new Div(save, cancel));
        field.text().focus();
    }

    private void confirmDelete(CommentLine line) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-comment");
        confirm.setHeader(getTranslation("discussion.deleteTitle"));
        confirm.setText(getTranslation("discussion.deleteText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            if (attemptChange(() -> discussions.delete(line.id(), line.version()))) {
                reload();
            }
        });
        confirm.open();
    }

    /** Someone changed the comment in the meantime: say so and show what it is now. */
    private boolean attemptChange(Runnable change) {
        try {
            return Messages.attempt(this, change);
        } catch (OptimisticLockingFailureException e) {
            Messages.show(getTranslation("discussion.error.conflict"), NotificationVariant.LUMO_ERROR);
            reload();
            return false;
        }
    }

    private void reload() {
        discussions.discussion(projectId, itemId).map(Discussion::comments).ifPresent(this::fill);
    }

    private static Long number(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(values.get(0));
        } catch (NumberFormatException e) {
            return -1L; // names nothing: "not found", not an error page
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.shortName");
    }
}
