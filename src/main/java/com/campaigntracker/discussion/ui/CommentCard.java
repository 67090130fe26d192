package com.campaigntracker.discussion.ui;

import com.campaigntracker.discussion.DiscussionService.CommentLine;
import com.campaigntracker.plan.PlanRoutes;
import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;

/** One comment: who and when (and that it was edited), its text or the trace of its deletion, and what I may do. */
class CommentCard extends Div {

    /** What the page does when the author or the manager acts on the comment. */
    interface Actions {
        void edit(CommentCard card, CommentLine line);

        void delete(CommentLine line);
    }

    CommentCard(CommentLine line, long projectId, boolean showTask, ZoneId zone, Actions actions) {
        setId("comment-" + line.id());
        addClassName("comment");
        Div head = new Div();
        head.addClassName("comment-head");
        Span author = new Span(line.authorName() == null ? "—" : line.authorName());
        author.addClassName("comment-author");
        Span when = new Span(Formats.dateTime(line.createdAt(), zone, getLocale()));
        when.addClassName("comment-when");
        head.add(author, when);
        if (line.editedAt() != null && line.deletedAt() == null) {
            Span edited = new Span(getTranslation("discussion.edited"));
            edited.addClassName("comment-edited");
            edited.setTitle(Formats.dateTime(line.editedAt(), zone, getLocale()));
            head.add(edited);
        }
        if (showTask && line.itemId() != null) {
            Anchor task = new Anchor(PlanRoutes.taskDiscussion(projectId, line.itemId()),
                    getTranslation("discussion.onTask", line.itemName()));
            task.getElement().setAttribute("router-link", true);
            task.addClassName("comment-task");
            head.add(task);
        }
        add(head);
        if (line.deletedAt() != null) {
            Div trace = new Div(getTranslation("discussion.deletedBy",
                    line.deletedByName() == null ? "—" : line.deletedByName(),
                    Formats.dateTime(line.deletedAt(), zone, getLocale())));
            trace.addClassName("comment-deleted");
            add(trace);
            return;
        }
        add(PlainText.of(line.body()));
        if (line.mayEdit() || line.mayDelete()) {
            Div tools = new Div();
            tools.addClassName("comment-tools");
            if (line.mayEdit()) {
                Button edit = new Button(getTranslation("discussion.edit"), VaadinIcon.EDIT.create(),
                        e -> actions.edit(this, line));
                edit.setId("comment-edit-" + line.id());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                tools.add(edit);
            }
            if (line.mayDelete()) {
                Button delete = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create(),
                        e -> actions.delete(line));
                delete.setId("comment-delete-" + line.id());
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                tools.add(delete);
            }
            add(tools);
        }
    }
}
