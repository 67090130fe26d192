package com.campaigntracker.gantt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Gantt chart: a grid of tasks beside a timeline with bars and dependency arrows, over dhtmlx-gantt
 * 10 (Community edition). Give it the whole picture with {@link #setData}; it remembers what the
 * browser shows and sends only the tasks and links that differ, batched once per round trip.
 * The user's drags arrive as events a listener may {@linkplain GanttChangeEvent#reject() reject}.
 */
@Tag("ct-gantt")
@NpmPackage(value = "dhtmlx-gantt", version = "10.0.3")
@JsModule("./gantt/ct-gantt.ts")
public class Gantt extends Component implements HasSize {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Gantt.class);

    /** What the browser has, or will have after the next round trip. */
    private final Map<String, GanttTask> shownTasks = new LinkedHashMap<>();
    private final Map<String, GanttLink> shownLinks = new LinkedHashMap<>();
    /** Tasks the user changed in the browser since the server last sent them. */
    private final Set<String> changedInBrowser = new HashSet<>();

    private final Set<String> pendingTasks = new LinkedHashSet<>();
    private final Set<String> pendingRemovedTasks = new LinkedHashSet<>();
    private final Set<String> pendingLinks = new LinkedHashSet<>();
    private final Set<String> pendingRemovedLinks = new LinkedHashSet<>();
    private boolean fullPending = true;
    private boolean optionsPending = true;
    private boolean flushScheduled;
    private GanttUpdate lastUpdate = GanttUpdate.NONE;

    private GanttZoom zoom = GanttZoom.WEEK;
    private boolean readOnly;
    /** Dates a gesture may carry; beyond them the bar goes back without asking the listeners. */
    private LocalDate firstDay = LocalDate.of(1900, 1, 1);
    private LocalDate lastDay = LocalDate.of(2199, 12, 31);
    private Locale locale = Locale.ENGLISH;
    private List<GanttColumn> columns = List.of(GanttColumn.tree("text", "", 260));
    private LocalDate today;
    private Set<LocalDate> nonWorkingDays = Set.of();
    private boolean baselinesShown;
    private boolean fitZoom;
    private Collection<String> visibleTaskIds;
    private SerializableFunction<GanttTask, List<GanttTask.TooltipLine>> tooltipProvider = GanttTask::tooltip;

    public Gantt() {
        listenForDates("task-moved", false);
        listenForDates("task-resized", true);
        getElement().addEventListener("progress-changed", e -> {
            String id = detail(e, "id");
            if (known(id)) {
                int percent = Math.max(0, Math.min(100, (int) e.getEventData().getNumber("event.detail.percent")));
                changedInBrowser.add(id);
                if (shownTasks.get(id).readOnly()) {
                    resendTask(id);
                    return;
                }
                fireChange(new ProgressChangedEvent(this, id, percent), () -> resendTask(id));
            }
        }).addEventData("event.detail.id").addEventData("event.detail.percent");
        getElement().addEventListener("link-created", e -> {
            String source = detail(e, "source");
            String target = detail(e, "target");
            if (known(source) && known(target)) {
                fireChange(new LinkCreatedEvent(this, source, target, linkType(detail(e, "type"))), () -> { });
            }
        }).addEventData("event.detail.source").addEventData("event.detail.target").addEventData("event.detail.type");
        getElement().addEventListener("link-deleted", e -> {
            String id = detail(e, "id");
            if (shownLinks.containsKey(id)) {
                fireChange(new LinkDeletedEvent(this, id), () -> { });
            }
        }).addEventData("event.detail.id");
        getElement().addEventListener("task-clicked", e -> {
            if (known(detail(e, "id"))) {
                fireEvent(new TaskClickedEvent(this, detail(e, "id")));
            }
        }).addEventData("event.detail.id");
        getElement().addEventListener("zoom-fitted", e -> {
            GanttZoom fitted = zoomNamed(detail(e, "zoom"));
            if (fitted != null && fitted != zoom) {
                zoom = fitted; // the browser shows it already: nothing to send back
                fireEvent(new ZoomFittedEvent(this, fitted));
            }
        }).addEventData("event.detail.zoom");
        getElement().addEventListener("tooltip-requested", e -> {
            String id = detail(e, "id");
            if (known(id)) {
                GanttTask task = shownTasks.get(id);
                getElement().callJsFunction("setTooltip", GanttJson.tooltip(task, tooltip(id)));
            }
        }).addEventData("event.detail.id");
        getElement().addEventListener("task-double-clicked", e -> {
            if (known(detail(e, "id"))) {
                fireEvent(new TaskDoubleClickedEvent(this, detail(e, "id")));
            }
        }).addEventData("event.detail.id");
    }

    // ---- data ----

    /**
     * The chart's tasks (parents before their children) and links. The first call, and the first
     * after the chart is attached again, sends everything; later calls send only what differs.
     */
    public void setData(Collection<GanttTask> tasks, Collection<GanttLink> links) {
        Map<String, GanttTask> newTasks = new LinkedHashMap<>();
        tasks.forEach(t -> newTasks.put(t.id(), t));
        Map<String, GanttLink> newLinks = new LinkedHashMap<>();
        links.forEach(l -> newLinks.put(l.id(), l));
        if (!sameOrder(newTasks)) {
            // a task added or rows reordered: changes carry no position, so the browser gets it all again
            fullPending = true;
        }
        for (String id : shownTasks.keySet()) {
            if (!newTasks.containsKey(id)) {
                pendingRemovedTasks.add(id);
                pendingTasks.remove(id);
            }
        }
        newTasks.forEach((id, t) -> {
            if (!t.equals(shownTasks.get(id)) || changedInBrowser.contains(id)) {
                pendingTasks.add(id);
                pendingRemovedTasks.remove(id);
            }
        });
        for (String id : shownLinks.keySet()) {
            if (!newLinks.containsKey(id)) {
                pendingRemovedLinks.add(id);
                pendingLinks.remove(id);
            }
        }
        newLinks.forEach((id, l) -> {
            if (!l.equals(shownLinks.get(id))) {
                pendingLinks.add(id);
                pendingRemovedLinks.remove(id);
            }
        });
        shownTasks.clear();
        shownTasks.putAll(newTasks);
        shownLinks.clear();
        shownLinks.putAll(newLinks);
        changedInBrowser.clear();
        scheduleFlush();
    }

    /** Whether the tasks still present keep their order and none is new. */
    private boolean sameOrder(Map<String, GanttTask> newTasks) {
        var shown = shownTasks.keySet().stream().filter(newTasks::containsKey).iterator();
        for (String id : newTasks.keySet()) {
            if (!shown.hasNext() || !shown.next().equals(id)) {
                return false;
            }
        }
        return true;
    }

    /** Replaces one task (same id) and leaves the rest as they are. */
    public void updateTask(GanttTask task) {
        if (!shownTasks.containsKey(task.id())) {
            throw new IllegalArgumentException("No task " + task.id() + " in this chart");
        }
        if (!task.equals(shownTasks.get(task.id())) || changedInBrowser.remove(task.id())) {
            shownTasks.put(task.id(), task);
            pendingTasks.add(task.id());
            scheduleFlush();
        }
    }

    /** Replaces one link (same id) and leaves the rest as they are. */
    public void updateLink(GanttLink link) {
        if (!shownLinks.containsKey(link.id())) {
            throw new IllegalArgumentException("No link " + link.id() + " in this chart");
        }
        if (!link.equals(shownLinks.get(link.id()))) {
            shownLinks.put(link.id(), link);
            pendingLinks.add(link.id());
            pendingRemovedLinks.remove(link.id());
            scheduleFlush();
        }
    }

    /** Shows the task as the server last sent it, undoing the user's gesture in the browser. */
    public void resendTask(String taskId) {
        if (shownTasks.containsKey(taskId)) {
            changedInBrowser.remove(taskId);
            pendingTasks.add(taskId);
            scheduleFlush();
        }
    }

    public Collection<GanttTask> getTasks() {
        return List.copyOf(shownTasks.values());
    }

    public Collection<GanttLink> getLinks() {
        return List.copyOf(shownLinks.values());
    }

    public GanttTask getTask(String id) {
        return shownTasks.get(id);
    }

    /**
     * Where a task's tooltip lines come from when the browser asks for them (the pointer rests on its bar):
     * by default the task's own {@link GanttTask#tooltip()}. A chart of thousands of tasks computes them
     * here, on demand, instead of building and sending every one with the data.
     */
    public void setTooltipProvider(SerializableFunction<GanttTask, List<GanttTask.TooltipLine>> provider) {
        this.tooltipProvider = Objects.requireNonNull(provider);
    }

    /** The tooltip lines of a shown task, as the browser receives them when it asks; empty for an unknown id. */
    public List<GanttTask.TooltipLine> tooltip(String taskId) {
        GanttTask task = shownTasks.get(taskId);
        return task == null ? List.of() : List.copyOf(tooltipProvider.apply(task));
    }

    /** What the last round trip sent: all data or only changes. */
    public GanttUpdate getLastUpdate() {
        return lastUpdate;
    }

    /** Only these tasks show (include their parents); {@code null} shows all. */
    public void setVisibleTasks(Collection<String> taskIds) {
        this.visibleTaskIds = taskIds == null ? null : List.copyOf(taskIds);
        getElement().callJsFunction("setVisibleTasks",
                visibleTaskIds == null ? null : GanttJson.write(GanttJson.ids(visibleTaskIds)));
    }

    /** The tasks shown by {@link #setVisibleTasks}; {@code null} when all show. */
    public Collection<String> getVisibleTasks() {
        return visibleTaskIds;
    }

    /** Scrolls the timeline and the grid to the task. */
    public void scrollToTask(String taskId) {
        getElement().callJsFunction("showTask", GanttJson.escape(taskId));
    }

    // ---- options ----

    public void setZoom(GanttZoom zoom) {
        if (this.zoom != Objects.requireNonNull(zoom)) {
            this.zoom = zoom;
            optionsChanged();
        }
    }

    public GanttZoom getZoom() {
        return zoom;
    }

    /**
     * Whether the chart, when it first shows data, widens the zoom until every bar fits its width (it tells
     * the server through {@link #addZoomFittedListener}); later zoom changes are the user's.
     */
    public void setFitZoom(boolean fitZoom) {
        if (this.fitZoom != fitZoom) {
            this.fitZoom = fitZoom;
            optionsChanged();
        }
    }

    public Registration addZoomFittedListener(com.vaadin.flow.component.ComponentEventListener<ZoomFittedEvent> l) {
        return addListener(ZoomFittedEvent.class, l);
    }

    private static GanttZoom zoomNamed(String name) {
        for (GanttZoom z : GanttZoom.values()) {
            if (z.name().equals(name)) {
                return z;
            }
        }
        return null;
    }

    /** A read-only chart shows everything and lets nothing be dragged; gestures sent anyway are refused. */
    public void setReadOnly(boolean readOnly) {
        if (this.readOnly != readOnly) {
            this.readOnly = readOnly;
            optionsChanged();
        }
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Language of the library's own texts and of the time scale: Chinese for zh, else English. */
    public void setLocale(Locale locale) {
        if (!this.locale.equals(Objects.requireNonNull(locale))) {
            this.locale = locale;
            optionsChanged();
        }
    }

    /** Cells travel in column order, so new columns mean sending the tasks again. */
    public void setColumns(List<GanttColumn> columns) {
        if (!this.columns.equals(columns)) {
            this.columns = List.copyOf(columns);
            fullPending = true;
            optionsChanged();
        }
    }

    /** Draws a line on this day. */
    public void setToday(LocalDate today) {
        if (!Objects.equals(this.today, today)) {
            this.today = today;
            optionsChanged();
        }
    }

    /**
     * The dates a drag or resize may land on; a gesture beyond them (a forged {@code +99999-12-31}) is
     * refused here and the bar goes back, before any listener computes with it.
     */
    public void setDateRange(LocalDate first, LocalDate last) {
        this.firstDay = java.util.Objects.requireNonNull(first);
        this.lastDay = java.util.Objects.requireNonNull(last);
    }

    /** Days shaded on the day scale (weekends and holidays of the caller's calendar). */
    public void setNonWorkingDays(Collection<LocalDate> days) {
        Set<LocalDate> copy = Set.copyOf(days);
        if (!nonWorkingDays.equals(copy)) {
            this.nonWorkingDays = copy;
            optionsChanged();
        }
    }

    public Set<LocalDate> getNonWorkingDays() {
        return nonWorkingDays;
    }

    /** Draws each task's baseline under its bar, when it has one. */
    public void setBaselinesShown(boolean shown) {
        if (this.baselinesShown != shown) {
            this.baselinesShown = shown;
            optionsChanged();
        }
    }

    public boolean isBaselinesShown() {
        return baselinesShown;
    }

    // ---- events ----

    public Registration addTaskMovedListener(com.vaadin.flow.component.ComponentEventListener<TaskMovedEvent> l) {
        return addListener(TaskMovedEvent.class, l);
    }

    public Registration addTaskResizedListener(com.vaadin.flow.component.ComponentEventListener<TaskResizedEvent> l) {
        return addListener(TaskResizedEvent.class, l);
    }

    public Registration addProgressChangedListener(
            com.vaadin.flow.component.ComponentEventListener<ProgressChangedEvent> l) {
        return addListener(ProgressChangedEvent.class, l);
    }

    public Registration addLinkCreatedListener(com.vaadin.flow.component.ComponentEventListener<LinkCreatedEvent> l) {
        return addListener(LinkCreatedEvent.class, l);
    }

    public Registration addLinkDeletedListener(com.vaadin.flow.component.ComponentEventListener<LinkDeletedEvent> l) {
        return addListener(LinkDeletedEvent.class, l);
    }

    public Registration addTaskClickedListener(com.vaadin.flow.component.ComponentEventListener<TaskClickedEvent> l) {
        return addListener(TaskClickedEvent.class, l);
    }

    public Registration addTaskDoubleClickedListener(
            com.vaadin.flow.component.ComponentEventListener<TaskDoubleClickedEvent> l) {
        return addListener(TaskDoubleClickedEvent.class, l);
    }

    // ---- sending ----

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // a new element in the browser (first attach or after navigating back): it needs everything
        fullPending = true;
        optionsPending = true;
        if (visibleTaskIds != null) {
            setVisibleTasks(visibleTaskIds);
        }
        flushScheduled = false;
        scheduleFlush();
    }

    private void optionsChanged() {
        optionsPending = true;
        scheduleFlush();
    }

    private void scheduleFlush() {
        if (flushScheduled) {
            return;
        }
        flushScheduled = true;
        getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> flush()));
    }

    private void flush() {
        long started = System.nanoTime();
        GanttUpdate sentBefore = lastUpdate;
        flushScheduled = false;
        boolean optionsSent = optionsPending;
        if (optionsPending) {
            getElement().callJsFunction("setOptions", options());
            optionsPending = false;
        }
        if (fullPending) {
            ObjectNode data = GanttJson.encode(shownTasks.values(), shownLinks.values(), columns);
            int characters = GanttJson.write(data).length();
            getElement().callJsFunction("setData", data);
            lastUpdate = new GanttUpdate(true, List.copyOf(shownTasks.keySet()), List.of(),
                    List.copyOf(shownLinks.keySet()), List.of(), characters, optionsSent);
        } else if (!pendingTasks.isEmpty() || !pendingRemovedTasks.isEmpty() || !pendingLinks.isEmpty()
                || !pendingRemovedLinks.isEmpty()) {
            // parents first, as the library needs a parent before its child
            List<GanttTask> tasks = shownTasks.values().stream().filter(t -> pendingTasks.contains(t.id())).toList();
            List<GanttLink> links = pendingLinks.stream().map(shownLinks::get).filter(Objects::nonNull).toList();
            ObjectNode change = GanttJson.encode(tasks, links, columns);
            change.set("removedTasks", GanttJson.ids(pendingRemovedTasks));
            change.set("removedLinks", GanttJson.ids(pendingRemovedLinks));
            int characters = GanttJson.write(change).length();
            getElement().callJsFunction("applyChanges", change);
            lastUpdate = new GanttUpdate(false, List.copyOf(pendingTasks), List.copyOf(pendingRemovedTasks),
                    List.copyOf(pendingLinks), List.copyOf(pendingRemovedLinks), characters, optionsSent);
        }
        if (optionsSent && lastUpdate == sentBefore) {
            lastUpdate = new GanttUpdate(false, List.of(), List.of(), List.of(), List.of(), 0, true);
        }
        if (log.isDebugEnabled() && lastUpdate != sentBefore) {
            log.debug("Sent {} tasks and {} links ({}, {} characters) in {} ms", lastUpdate.taskIds().size(),
                    lastUpdate.linkIds().size(), lastUpdate.full() ? "all" : "changes", lastUpdate.characters(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        fullPending = false;
        pendingTasks.clear();
        pendingRemovedTasks.clear();
        pendingLinks.clear();
        pendingRemovedLinks.clear();
    }

    private ObjectNode options() {
        ObjectNode o = GanttJson.object();
        o.put("zoom", zoom.name());
        o.put("readOnly", readOnly);
        o.put("locale", locale.toLanguageTag());
        o.put("showBaselines", baselinesShown);
        o.put("fitZoom", fitZoom);
        if (today != null) {
            o.put("today", today.toString());
        }
        o.set("nonWorkingDays", GanttJson.days(nonWorkingDays)); // as differences in days: a few bytes each
        ArrayNode cols = o.putArray("columns");
        for (GanttColumn c : columns) {
            ObjectNode n = cols.addObject();
            n.put("key", GanttJson.escape(c.key()));
            n.put("label", GanttJson.escape(c.label()));
            n.put("width", c.width());
            n.put("tree", c.tree());
            n.put("align", c.align().name().toLowerCase(Locale.ROOT));
        }
        return o;
    }

    // ---- receiving ----

    private void listenForDates(String eventName, boolean resized) {
        getElement().addEventListener(eventName, e -> {
            String id = detail(e, "id");
            LocalDate start = day(detail(e, "start"));
            LocalDate end = day(detail(e, "end"));
            if (!known(id)) {
                return;
            }
            changedInBrowser.add(id);
            if (start == null || end == null || end.isBefore(start) || shownTasks.get(id).readOnly()
                    || start.isBefore(firstDay) || end.isAfter(lastDay)) {
                resendTask(id); // a read-only task cannot be dragged, nor a bar to year 99999: someone forged the gesture
                return;
            }
            fireChange(resized ? new TaskResizedEvent(this, id, start, end) : new TaskMovedEvent(this, id, start, end),
                    () -> resendTask(id));
        }).addEventData("event.detail.id").addEventData("event.detail.start").addEventData("event.detail.end");
    }

    /** Read-only charts refuse without asking anyone: the browser could have been tampered with. */
    private void fireChange(GanttChangeEvent event, Runnable undo) {
        if (readOnly) {
            undo.run();
            return;
        }
        try {
            fireEvent(event);
        } catch (RuntimeException e) {
            undo.run(); // the bar must not stay where the user dropped it when nothing was saved
            throw e;
        }
        if (event.isRejected()) {
            undo.run();
        }
    }

    private boolean known(String taskId) {
        return taskId != null && shownTasks.containsKey(taskId);
    }

    private static String detail(DomEvent e, String key) {
        var data = e.getEventData();
        String k = "event.detail." + key;
        return data.hasKey(k) && data.get(k).getType() == elemental.json.JsonType.STRING ? data.getString(k) : null;
    }

    private static LocalDate day(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static GanttLinkType linkType(String name) {
        try {
            return name == null ? GanttLinkType.FS : GanttLinkType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return GanttLinkType.FS;
        }
    }
}
