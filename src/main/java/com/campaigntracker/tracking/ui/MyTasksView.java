package com.campaigntracker.tracking.ui;

import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.ui.PercentBar;
import com.campaigntracker.shared.ui.StatusBadge;
import com.campaigntracker.tracking.CheckpointService;
import com.campaigntracker.tracking.MyRole;
import com.campaigntracker.tracking.MyTask;
import com.campaigntracker.tracking.RiskService;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.MonitoringCounts;
import com.campaigntracker.tracking.TrackingService;
import com.campaigntracker.tracking.UpdateState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * My Tasks, the members' start page: what I do (R) most urgent first with when its update is due
 * (R8), then what waits for my acceptance, then where I am A, C or I. Cards, so it reads on a phone.
 */
@Route("my-tasks")
@Menu(order = 0, title = "nav.myTasks", icon = "vaadin:tasks")
@PermitAll
public class MyTasksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TrackingService tracking;
    private final transient CheckpointService checkpoints;
    private final transient RiskService risks;
    private final transient org.springframework.beans.factory.ObjectProvider<MonitoringCounts> monitoring;
    private java.util.Set<Long> explanationDue = java.util.Set.of();
    private final Checkbox showDone = new Checkbox();
    private final Div list = new Div();
    private final Span summary = new Span();

    MyTasksView(TrackingService tracking, CheckpointService checkpoints, RiskService risks,
                org.springframework.beans.factory.ObjectProvider<MonitoringCounts> monitoring) {
        this.monitoring = monitoring;
        this.tracking = tracking;
        this.checkpoints = checkpoints;
        this.risks = risks;
        addClassName("my-tasks");
        setPadding(true);
        showDone.setId("show-done");
        showDone.setLabel(getTranslation("myTasks.showDone"));
        showDone.addValueChangeListener(e -> show());
        summary.setId("my-tasks-summary");
        summary.addClassName("my-tasks-summary");
        list.addClassName("task-cards");
        add(new H2(getTranslation("nav.myTasks")), summary, showDone, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    void show() {
        list.removeAll();
        List<MyTask> tasks = tracking.myTasks(showDone.getValue());
        ZoneId zone = tracking.deadlines().zone();
        long overdue = tasks.stream().filter(t -> t.role() == MyRole.R && t.task().update().overdue()).count();
        long dueToday = tasks.stream().filter(t -> t.role() == MyRole.R && t.task().update().dueToday()).count();
        long toAccept = tasks.stream().filter(MyTask::toAccept).count();
        summary.setText(getTranslation("myTasks.summary", overdue, dueToday, toAccept));
        MonitoringCounts counts = monitoring.getIfAvailable();
        explanationDue = counts == null ? java.util.Set.of() : counts.explanationDue(tasks.stream()
                .filter(t -> t.role() == MyRole.R).map(t -> t.task().id()).toList());
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("myTasks.none"));
            none.setId("no-tasks");
            list.add(none);
            return;
        }
        String section = null;
        for (MyTask t : tasks) {
            String heading = t.role() == MyRole.R ? "myTasks.section.R"
                    : t.toAccept() ? "myTasks.section.toAccept" : "myTasks.section.other";
            if (!heading.equals(section)) {
                section = heading;
                list.add(new H3(getTranslation(heading)));
            }
            list.add(card(t, zone));
        }
    }

    private Div card(MyTask mine, ZoneId zone) {
        TrackedTask t = mine.task();
        Locale locale = getLocale();
        Div card = new Div();
        card.setId("task-" + t.id());
        card.addClassName("task-card");
        if (t.update().overdue()) {
            card.addClassName("update-overdue");
        }
        Span name = new Span(t.name());
        name.addClassName("task-name");
        Div head = new Div(name, new StatusBadge(t.status()));
        head.addClassName("task-card-head");
        Anchor project = new Anchor("projects/" + t.projectId(), t.projectName());
        project.getElement().setAttribute("router-link", true);
        Span where = new Span(" · " + t.wbs() + " · " + getTranslation("myTasks.role." + mine.role().name())
                + (t.critical() ? " · " + getTranslation("myTasks.critical") : ""));
        Div meta = new Div(project, where);
        meta.addClassName("task-card-meta");
        Span finish = new Span(getTranslation("myTasks.plannedFinish",
                t.plannedFinish() == null ? "—" : Formats.date(t.plannedFinish(), locale)));
        Div progress = new Div(new PercentBar(t.percent()), finish);
        progress.addClassName("task-card-progress");
        card.add(head, meta, progress);
        if (t.blockedReason() != null) {
            Div blocked = new Div(getTranslation("update.blockedReason") + ": " + t.blockedReason());
            blocked.addClassName("task-card-blocked");
            card.add(blocked);
        }
        if (mine.role() == MyRole.R) {
            card.add(updateLine(t, zone, locale));
        }
        Div actions = new Div();
        actions.addClassName("task-card-actions");
        if (mine.role() == MyRole.R && t.isOpen() && !t.awaitingAcceptance()) {
            Button update = new Button(getTranslation("myTasks.update"),
                    e -> new QuickUpdateDialog(t, tracking, this::show).open());
            update.setId("update-" + t.id());
            update.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(update);
        }
        if (mine.role() == MyRole.R && explanationDue.contains(t.id())) {
            // R11: the deviation explanation this task owes, opened straight from the task
            Button explain = new Button(getTranslation("myTasks.explain"), e -> getUI().ifPresent(ui -> ui.navigate(
                    "explanations", com.vaadin.flow.router.QueryParameters.simple(
                            java.util.Map.of("task", String.valueOf(t.id()))))));
            explain.setId("explain-task-" + t.id());
            explain.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            actions.add(explain);
        }
        if (mine.toAccept()) {
            Anchor accept = new Anchor("acceptances", getTranslation("myTasks.goAccept"));
            accept.getElement().setAttribute("router-link", true);
            accept.setId("accept-link-" + t.id());
            actions.add(accept);
        }
        Button history = new Button(getTranslation("myTasks.history"), e -> new TaskProgressDialog(t,
                tracking.history(t.id()), checkpoints.curve(t.id()), risks.ofTask(t.id()), zone).open());
        history.setId("history-" + t.id());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(history);
        card.add(actions);
        return card;
    }

    private Div updateLine(TrackedTask t, ZoneId zone, Locale locale) {
        UpdateState u = t.update();
        String cadence = getTranslation("cadence." + t.cadence().name());
        Div line = new Div();
        line.addClassName("task-card-update");
        if (t.awaitingAcceptance()) {
            line.setText(getTranslation("myTasks.awaitingAcceptance"));
        } else if (u.due() == null) {
            line.setText(getTranslation("myTasks.noUpdateDue", cadence));
        } else if (u.overdue()) {
            line.setText(getTranslation("myTasks.updateOverdue", Formats.dateTime(u.due(), zone, locale), cadence));
            line.addClassName("overdue");
        } else if (u.dueToday()) {
            line.setText(getTranslation("myTasks.updateDueToday", Formats.dateTime(u.due(), zone, locale), cadence));
            line.addClassName("due-today");
        } else {
            line.setText(getTranslation("myTasks.updateNext", Formats.dateTime(u.due(), zone, locale), cadence));
        }
        line.getElement().setAttribute("data-update", u.overdue() ? "overdue" : u.dueToday() ? "today" : "later");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myTasks") + " · " + getTranslation("app.shortName");
    }
}
