package com.campaigntracker.tracking.ui;

import com.campaigntracker.tracking.CheckpointService;
import com.campaigntracker.tracking.MyRole;
import com.campaigntracker.tracking.MyTask;
import com.campaigntracker.tracking.RiskService;
import com.campaigntracker.tracking.TrackedTask;
import com.campaigntracker.tracking.MonitoringCounts;
import com.campaigntracker.tracking.TrackingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * My Tasks, the members' start page: what I do (R) most urgent first with when its update is due
 * (R8), then what waits for my acceptance, then where I am A, C or I. Cards, so it reads on a phone.
 */
@Route("my-tasks")
@Menu(order = 0, title = "nav.myTasks", icon = "vaadin:tasks")
@PermitAll
public class MyTasksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String SECTION = "my-tasks-section";
    /**
     * Cards shown at first and added by each "more": every card travels (about 4.5 KB of UIDL) and
     * stays in the session; ten fill a phone's screen two or three times over and a desktop's once.
     */
    static final int PAGE = 10;

    private final transient TrackingService tracking;
    private final transient CheckpointService checkpoints;
    private final transient RiskService risks;
    private final transient org.springframework.beans.factory.ObjectProvider<MonitoringCounts> monitoring;
    /** The organisation's zone, the clock's, in which the cards show when an update is due. */
    private final ZoneId zone;
    private final Checkbox showDone = new Checkbox();
    private final Div list = new Div();
    private final Span summary = new Span();
    private final Button more = new Button();
    private int shownCards = PAGE;

    MyTasksView(TrackingService tracking, CheckpointService checkpoints, RiskService risks,
                org.springframework.beans.factory.ObjectProvider<MonitoringCounts> monitoring, Clock clock) {
        this.monitoring = monitoring;
        this.zone = clock.getZone();
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
        more.setId("my-tasks-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> {
            shownCards += PAGE;
            show();
        });
        add(new H2(getTranslation("nav.myTasks")), summary, showDone, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
        // from an update reminder (a notice or a chat card): the task's update opens when it is mine to update
        event.getLocation().getQueryParameters().getParameters().getOrDefault("task", List.of()).stream().findFirst()
                .flatMap(id -> tracking.myTasks(false).stream().filter(t -> t.role() == MyRole.R
                        && String.valueOf(t.task().id()).equals(id)).findFirst())
                .ifPresent(t -> new QuickUpdateDialog(t.task(), tracking, this::show).open());
    }

    /** Loads my tasks and shows them, rebuilding only the cards and headings that changed. */
    void show() {
        List<MyTask> tasks = tracking.myTasks(showDone.getValue());
        long overdue = tasks.stream().filter(t -> t.role() == MyRole.R && t.task().update().overdue()).count();
        long dueToday = tasks.stream().filter(t -> t.role() == MyRole.R && t.task().update().dueToday()).count();
        long toAccept = tasks.stream().filter(MyTask::toAccept).count();
        summary.setText(getTranslation("myTasks.summary", overdue, dueToday, toAccept));
        MonitoringCounts counts = monitoring.getIfAvailable();
        java.util.Set<Long> explanationDue = counts == null ? java.util.Set.of() : counts.explanationDue(tasks.stream()
                .filter(t -> t.role() == MyRole.R).map(t -> t.task().id()).toList());
        List<Component> wanted = new ArrayList<>();
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("myTasks.none"));
            none.setId("no-tasks");
            wanted.add(none);
        }
        Map<Long, MyTaskCard> before = new HashMap<>();
        Map<Object, H3> headingsBefore = new HashMap<>();
        list.getChildren().forEach(c -> {
            if (c instanceof MyTaskCard card) {
                before.put(card.taskId(), card);
            } else if (c instanceof H3 h) {
                headingsBefore.put(ComponentUtil.getData(h, SECTION), h);
            }
        });
        MyTaskCard.Actions actions = actions(zone);
        String section = null;
        for (MyTask t : tasks.subList(0, Math.min(shownCards, tasks.size()))) {
            String heading = t.role() == MyRole.R ? "myTasks.section.R"
                    : t.toAccept() ? "myTasks.section.toAccept" : "myTasks.section.other";
            if (!heading.equals(section)) {
                section = heading;
                H3 h = headingsBefore.remove(heading);
                wanted.add(h != null ? h : heading(heading));
            }
            boolean explain = t.role() == MyRole.R && explanationDue.contains(t.task().id());
            MyTaskCard card = before.remove(t.task().id());
            wanted.add(card != null && card.shows(t, explain) ? card : new MyTaskCard(t, explain, zone, actions));
        }
        if (tasks.size() > shownCards) {
            int left = tasks.size() - shownCards;
            more.setText(getTranslation("myTasks.more", Math.min(PAGE, left), left));
            wanted.add(more);
        }
        reconcile(list, wanted);
    }

    private H3 heading(String key) {
        H3 h = new H3(getTranslation(key));
        ComponentUtil.setData(h, SECTION, key); // found again on the next refresh; kept on the server only
        return h;
    }

    /**
     * Makes the parent's children the wanted ones in the wanted order, touching as few as it can: what
     * stays keeps its place (the longest run already in order), so the browser receives only the new
     * or moved elements, not the page again.
     */
    static void reconcile(Div parent, List<Component> wanted) {
        Map<Component, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            position.put(wanted.get(i), i);
        }
        List<Component> staying = new ArrayList<>();
        for (Component c : parent.getChildren().toList()) {
            if (position.containsKey(c)) {
                staying.add(c);
            } else {
                parent.remove(c);
            }
        }
        boolean[] inOrder = longestIncreasingRun(staying.stream().mapToInt(position::get).toArray());
        for (int i = 0; i < staying.size(); i++) {
            if (!inOrder[i]) {
                parent.remove(staying.get(i));
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            Component c = wanted.get(i);
            if (c.getParent().orElse(null) != parent) {
                parent.getElement().insertChild(i, c.getElement());
            }
        }
    }

    /** Which elements of {@code a} form one longest strictly increasing subsequence (O(n log n)). */
    static boolean[] longestIncreasingRun(int[] a) {
        int[] tailIndex = new int[a.length];
        int[] previous = new int[a.length];
        int length = 0;
        for (int i = 0; i < a.length; i++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[tailIndex[mid]] < a[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = i;
            length = Math.max(length, lo + 1);
        }
        boolean[] chosen = new boolean[a.length];
        for (int i = length > 0 ? tailIndex[length - 1] : -1; i >= 0; i = previous[i]) {
            chosen[i] = true;
        }
        return chosen;
    }

    private MyTaskCard.Actions actions(ZoneId zone) {
        return new MyTaskCard.Actions() {
            @Override
            public void update(TrackedTask t) {
                new QuickUpdateDialog(t, tracking, MyTasksView.this::show).open();
            }

            @Override
            public void explain(TrackedTask t) {
                getUI().ifPresent(ui -> ui.navigate("explanations", com.vaadin.flow.router.QueryParameters.simple(
                        java.util.Map.of("task", String.valueOf(t.id())))));
            }

            @Override
            public void history(TrackedTask t) {
                new TaskProgressDialog(t, tracking.history(t.id()), checkpoints.curve(t.id()), risks.ofTask(t.id()),
                        zone).open();
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myTasks") + " · " + getTranslation("app.shortName");
    }
}
