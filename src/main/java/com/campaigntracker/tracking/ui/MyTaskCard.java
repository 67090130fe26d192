package com.campaigntracker.tracking.ui;

import com.campaigntracker.plan.PlanRoutes;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.ui.StatusBadge;
import com.campaigntracker.tracking.MyRole;
import com.campaigntracker.tracking.MyTask;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.UpdateState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.dom.Element;
import java.time.ZoneId;
import java.util.Locale;

/**
 * One task on My Tasks, as few elements as its look needs (every element travels to the browser and
 * stays in the session): texts beside a link or a bar are text nodes, not spans of their own. It
 * remembers what it shows, so a refresh rebuilds only the cards whose task changed.
 */
class MyTaskCard extends Div {

    /** What the card's owner does on a click: the actions live in the view, the card only shows them. */
    interface Actions {
        void update(TrackedTask task);

        void explain(TrackedTask task);

        void history(TrackedTask task);
    }

    private final MyTask shown;
    private final boolean explanationDue;

    MyTaskCard(MyTask mine, boolean explanationDue, ZoneId zone, Actions actions) {
        this.shown = mine;
        this.explanationDue = explanationDue;
        TrackedTask t = mine.task();
        Locale locale = getLocale();
        setId("task-" + t.id());
        addClassName("task-card");
        if (t.update().overdue()) {
            addClassName("update-overdue");
        }
        Span name = withText(new Span(), t.name());
        name.addClassName("task-name");
        Div head = new Div(name, new StatusBadge(t.status()));
        head.addClassName("task-card-head");
        Anchor project = withText(new Anchor(), t.projectName());
        project.setHref("projects/" + t.projectId());
        project.getElement().setAttribute("router-link", true);
        Div meta = new Div(project);
        meta.getElement().appendChild(Element.createText(" · " + t.wbs() + " · "
                + getTranslation("myTasks.role." + mine.role().name())
                + (t.critical() ? " · " + getTranslation("myTasks.critical") : "")));
        meta.addClassName("task-card-meta");
        add(head, meta, progress(t, locale));
        if (t.blockedReason() != null) {
            Div blocked = withText(new Div(), getTranslation("update.blockedReason") + ": " + t.blockedReason());
            blocked.addClassName("task-card-blocked");
            add(blocked);
        }
        if (mine.role() == MyRole.R) {
            add(updateLine(t, zone, locale));
        }
        add(actions(mine, explanationDue, actions));
    }

    /** The task, its role and its explanation as this card shows them. */
    boolean shows(MyTask mine, boolean explanation) {
        return shown.equals(mine) && explanationDue == explanation;
    }

    long taskId() {
        return shown.task().id();
    }

    /** The shared PercentBar's bar and number, without its own layout: the card's line lays them out. */
    private Div progress(TrackedTask t, Locale locale) {
        ProgressBar bar = new ProgressBar(0, 100, t.percent()); // 4em wide: the theme's .task-card-progress
        bar.getElement().setAttribute("aria-label", getTranslation("item.percent")); // a progress bar needs a name
        Span percent = withText(new Span(), Formats.percent(t.percent(), locale));
        percent.addClassName("percent-label");
        Div progress = new Div(bar, percent);
        progress.getElement().appendChild(Element.createText(getTranslation("myTasks.plannedFinish",
                t.plannedFinish() == null ? "—" : Formats.date(t.plannedFinish(), locale))));
        progress.addClassNames("task-card-progress", "percent-bar");
        return progress;
    }

    private Div updateLine(TrackedTask t, ZoneId zone, Locale locale) {
        UpdateState u = t.update();
        String cadence = getTranslation("cadence." + t.cadence().name());
        Div line = new Div();
        line.addClassName("task-card-update");
        if (t.awaitingAcceptance()) {
            withText(line, getTranslation("myTasks.awaitingAcceptance"));
        } else if (u.due() == null) {
            withText(line, getTranslation("myTasks.noUpdateDue", cadence));
        } else if (u.overdue()) {
            withText(line, getTranslation("myTasks.updateOverdue", Formats.dateTime(u.due(), zone, locale), cadence));
            line.addClassName("overdue");
        } else if (u.dueToday()) {
            withText(line, getTranslation("myTasks.updateDueToday", Formats.dateTime(u.due(), zone, locale), cadence));
            line.addClassName("due-today");
        } else {
            withText(line, getTranslation("myTasks.updateNext", Formats.dateTime(u.due(), zone, locale), cadence));
        }
        line.getElement().setAttribute("data-update", u.overdue() ? "overdue" : u.dueToday() ? "today" : "later");
        return line;
    }

    private Div actions(MyTask mine, boolean explanationDue, Actions actions) {
        TrackedTask t = mine.task();
        Div line = new Div();
        line.addClassName("task-card-actions");
        if (mine.role() == MyRole.R && t.isOpen() && !t.awaitingAcceptance()) {
            Button update = button(getTranslation("myTasks.update"), e -> actions.update(t));
            update.setId("update-" + t.id());
            update.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            line.add(update);
        }
        if (mine.role() == MyRole.R && explanationDue) {
            // R11: the deviation explanation this task owes, opened straight from the task
            Button explain = button(getTranslation("myTasks.explain"), e -> actions.explain(t));
            explain.setId("explain-task-" + t.id());
            explain.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            line.add(explain);
        }
        if (mine.toAccept()) {
            Anchor accept = new Anchor("acceptances", getTranslation("myTasks.goAccept"));
            accept.getElement().setAttribute("router-link", true);
            accept.setId("accept-link-" + t.id());
            line.add(accept);
        }
        Button history = button(getTranslation("myTasks.history"), e -> actions.history(t));
        history.setId("history-" + t.id());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        line.add(history);
        Anchor talk = withText(new Anchor(), getTranslation("discussion.open"));
        talk.setHref(PlanRoutes.taskDiscussion(t.projectId(), t.id()));
        talk.getElement().setAttribute("router-link", true);
        talk.setId("discussion-" + t.id());
        line.add(talk);
        return line;
    }

    /** A button with its text as a text node: Button(String) sends a "clear" of its children first. */
    private static Button button(String text,
                                 com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button button = withText(new Button(), text);
        button.addClickListener(click);
        return button;
    }

    /** The text as a text node of its own: setText would first send a "clear" of the new element's children. */
    private static <T extends com.vaadin.flow.component.Component> T withText(T component, String text) {
        component.getElement().appendChild(Element.createText(text));
        return component;
    }
}
