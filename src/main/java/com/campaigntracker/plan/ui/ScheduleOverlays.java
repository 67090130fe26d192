package com.campaigntracker.plan.ui;

import com.campaigntracker.plan.BaselineSpan;
import com.campaigntracker.plan.RevisionInfo;
import com.campaigntracker.plan.TimelineService;
import com.campaigntracker.shared.i18n.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * What may be laid over the plan on the chart: its critical path, its baseline, and a schedule revision
 * (R12) in place of the plan as it is; and the button that saves the plan as the next baseline.
 */
final class ScheduleOverlays implements Serializable {

    private final Component page;
    private final transient TimelineService timelines;
    private final TimelineChart chart;
    /** Loads the timeline again and draws it with what is now laid over it. */
    private final SerializableRunnable refresh;
    private final Checkbox critical = new Checkbox();
    private final Checkbox baseline = new Checkbox();
    /** A schedule revision laid over the baseline instead of the plan as it is (R12); empty: the plan. */
    private final Select<RevisionInfo> revision = new Select<>();
    private Map<Long, BaselineSpan> revisionDates;
    private boolean revisionShown;
    private long projectId;

    ScheduleOverlays(Component page, TimelineService timelines, TimelineChart chart, ZoneId zone, SerializableRunnable refresh) {
        this.page = page;
        this.timelines = timelines;
        this.chart = chart;
        this.refresh = refresh;
        critical.setId("gantt-critical");
        critical.setLabel(page.getTranslation("gantt.criticalPath"));
        critical.addValueChangeListener(e -> refresh.run());
        baseline.setId("gantt-baseline");
        baseline.setLabel(page.getTranslation("gantt.baseline"));
        baseline.addValueChangeListener(e -> {
            chart.gantt().setBaselinesShown(e.getValue());
            refresh.run();
        });
        revision.setId("gantt-revision");
        revision.setLabel(page.getTranslation("gantt.revision"));
        revision.setWidth("16em");
        revision.setEmptySelectionAllowed(true);
        revision.setEmptySelectionCaption(page.getTranslation("gantt.revision.current"));
        revision.setItemLabelGenerator(r -> r == null ? page.getTranslation("gantt.revision.current")
                : page.getTranslation("gantt.revision.label", r.number(), Formats.date(
                        LocalDate.ofInstant(r.savedAt(), zone), chart.locale()), r.reason()));
        revision.addValueChangeListener(e -> {
            if (revisionShown) {
                showRevision(e.getValue());
            }
        });
    }

    /** Back to the plan as it is, for another project; the revisions are offered again by {@link #revisionPicker}. */
    void reset(long projectId) {
        this.projectId = projectId;
        revisionDates = null;
        revisionShown = false; // the list is refilled later; its clearing must not reload the chart
        revision.clear();
    }

    /** What the chart draws with these overlays. */
    TimelineChartData chartData() {
        return new TimelineChartData(page, chart.locale(), critical.getValue(), baseline.getValue(), revisionDates);
    }

    Component[] toggles() {
        return new Component[] {critical, baseline};
    }

    /** The project's revisions, newest first; none when it has none. */
    Optional<Component> revisionPicker() {
        List<RevisionInfo> revisions = timelines.revisions(projectId);
        Optional<Component> picker = Optional.empty();
        if (!revisions.isEmpty()) {
            List<RevisionInfo> newestFirst = new ArrayList<>(revisions);
            Collections.reverse(newestFirst);
            revision.setItems(newestFirst);
            picker = Optional.of(revision);
        }
        revisionShown = true;
        return picker;
    }

    /** Saves the plan as the next baseline; offered only while the plan may change. */
    Optional<Component> saveBaselineButton() {
        if (!chart.timeline().tree().project().editable()) {
            return Optional.empty();
        }
        Button save = new Button(page.getTranslation("gantt.saveBaseline"), VaadinIcon.FLAG_CHECKERED.create(),
                e -> saveBaseline());
        save.setId("save-baseline");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return Optional.of(save);
    }

    private void showRevision(RevisionInfo chosen) {
        revisionDates = chosen == null ? null : timelines.revision(projectId, chosen.number()).orElse(null);
        chart.gantt().setReadOnly(revisionDates != null || !chart.timeline().tree().project().editable());
        if (revisionDates != null && !baseline.getValue()) {
            baseline.setValue(true); // a revision is read against the baseline; this refreshes
        } else {
            refresh.run();
        }
    }

    private void saveBaseline() {
        try {
            int number = timelines.saveBaseline(projectId);
            PlanMessages.show(page.getTranslation("gantt.baselineSaved", number), NotificationVariant.LUMO_SUCCESS);
            baseline.setValue(true);
            refresh.run();
        } catch (AccessDeniedException ex) {
            PlanMessages.show(page.getTranslation("error.notAllowed"), NotificationVariant.LUMO_ERROR);
        }
    }
}
