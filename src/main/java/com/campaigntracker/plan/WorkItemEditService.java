package com.campaigntracker.plan;

import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.schedule.Durations;
import com.campaigntracker.schedule.PredecessorCode;
import com.campaigntracker.schedule.PredecessorSyntaxException;
import com.campaigntracker.shared.time.DateWindow;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to one work item as the plan's grid edits it, and its owner (R6); only the project's
 * manager or an admin may. Every change runs in one transaction: a refused one leaves nothing behind.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class WorkItemEditService {

    private final ProjectRepository projects;
    private final WorkItemRepository workItems;
    private final PeopleService people;
    private final PlanLoader loader;
    private final PlanDependencies dependencies;
    private final ObjectProvider<ResponsibilityStore> responsibilities;
    private final ApplicationEventPublisher events;

    WorkItemEditService(ProjectRepository projects, WorkItemRepository workItems, PeopleService people,
                        PlanLoader loader, PlanDependencies dependencies,
                        ObjectProvider<ResponsibilityStore> responsibilities, ApplicationEventPublisher events) {
        this.projects = projects;
        this.workItems = workItems;
        this.people = people;
        this.loader = loader;
        this.dependencies = dependencies;
        this.responsibilities = responsibilities;
        this.events = events;
    }

    /** Makes the person the item's owner, its R (R6); {@code null} leaves it without one. */
    public void assignOwner(long itemId, Long personId) {
        WorkItem item = workItems.findById(itemId).orElseThrow(() -> new PlanEditException("plan.error.itemGone"));
        ProjectService.requireEditable(item.getProject());
        setOwner(item, personId);
    }

    /** One letter per person and item (R6): the new owner's A, C or I on it goes. */
    private void setOwner(WorkItem item, Long personId) {
        if (personId != null && !personId.equals(item.getOwner() == null ? null : item.getOwner().getId())) {
            responsibilities.ifAvailable(store -> store.clearPerson(item.getId(), personId));
        }
        item.setOwner(personId == null ? null : people.person(personId).orElseThrow());
    }

    /**
     * Saves a row as edited in the grid. Start, duration and finish stay consistent on the working
     * calendar (the one the user changed wins); estimate and buffer give the duration (R3); parents'
     * dates follow their children (R1); predecessors are checked for cycles and dates (R4).
     */
    public EditOutcome update(long itemId, long version, WorkItemEdit edit, DependencyMode mode) {
        DateWindow.require(edit.plannedStart(), "item.plannedStart");
        DateWindow.require(edit.plannedFinish(), "item.plannedFinish");
        WorkItem.requireTextsFit(edit.name(), edit.description(), edit.deliverables(), edit.remarks());
        WorkItem item = loader.lockedItem(itemId, version);
        // edits of one project queue here: two predecessor changes at once could close a cycle unseen
        projects.lockById(item.getProject().getId());
        ProjectPlan plan = loader.load(item.getProject());
        WorkItemRow before = plan.rows.get(itemId);
        WorkingDayCalendar calendar = plan.calendar;

        if (edit.name() == null || edit.name().isBlank()) {
            throw new PlanEditException("plan.error.nameRequired");
        }
        if (edit.bufferPercent() < WorkItem.BUFFER_MIN || edit.bufferPercent() > WorkItem.BUFFER_MAX) {
            throw new PlanEditException("plan.error.buffer", WorkItem.BUFFER_MIN, WorkItem.BUFFER_MAX);
        }
        if (edit.estimateDays() != null && edit.estimateDays() < 1) {
            throw new PlanEditException("plan.error.estimate");
        }
        item.setName(edit.name().strip());
        item.setDescription(blankToNull(edit.description()));
        item.setDeliverables(blankToNull(edit.deliverables()));
        setOwner(item, edit.ownerId());
        item.setPriority(edit.priority() == null ? Priority.MEDIUM : edit.priority());
        item.setRiskLevel(edit.riskLevel());
        item.setRemarks(blankToNull(edit.remarks()));
        item.setKeyTask(edit.keyTask());
        item.setMilestone(edit.milestone());
        boolean estimateChanged = !Objects.equals(edit.estimateDays(), item.getEstimateDays())
                || edit.bufferPercent() != item.getBufferPercent();
        item.setEstimateDays(edit.estimateDays());
        item.setBufferPercent(edit.bufferPercent());

        boolean datesChanged = !Objects.equals(edit.plannedStart(), before.plannedStart())
                || !Objects.equals(edit.plannedFinish(), before.plannedFinish())
                || !Objects.equals(edit.duration(), before.duration());
        if (!before.isLeaf()) {
            if (datesChanged) {
                throw new PlanEditException("plan.error.parentDates", before.wbs(), before.name());
            }
        } else if (datesChanged || (estimateChanged && edit.estimateDays() != null)) {
            applyDates(item, before, edit, estimateChanged, calendar);
        }

        String typed = edit.predecessors() == null ? "" : edit.predecessors();
        if (!normalise(typed).equals(normalise(String.join(",", before.predecessors())))) {
            dependencies.replacePredecessors(plan, item, typed);
        }
        EditOutcome outcome = new EditOutcome(DependencyKeeper.describe(plan, DependencyKeeper.keep(plan, item, mode)));
        events.publishEvent(new PlanChanged(item.getProject().getId()));
        return outcome;
    }

    private static void applyDates(WorkItem item, WorkItemRow before, WorkItemEdit edit, boolean estimateChanged,
                                   WorkingDayCalendar calendar) {
        LocalDate start = edit.plannedStart();
        if (start == null) {
            item.setPlannedDates(null, null);
            return;
        }
        start = calendar.onOrAfter(start);
        LocalDate finish;
        if (!Objects.equals(edit.plannedFinish(), before.plannedFinish()) && edit.plannedFinish() != null) {
            finish = calendar.onOrBefore(edit.plannedFinish());
            if (finish.isBefore(start)) {
                throw new PlanEditException("plan.error.finishBeforeStart", edit.plannedFinish(), edit.plannedStart());
            }
        } else if (!Objects.equals(edit.duration(), before.duration()) && edit.duration() != null) {
            if (edit.duration() < 1) {
                throw new PlanEditException("plan.error.duration");
            }
            finish = calendar.finishFor(start, edit.duration());
        } else if (estimateChanged && edit.estimateDays() != null) {
            finish = calendar.finishFor(start, Durations.planned(edit.estimateDays(), edit.bufferPercent()));
        } else {
            int keep = before.duration() != null ? before.duration()
                    : edit.estimateDays() != null ? Durations.planned(edit.estimateDays(), edit.bufferPercent())
                    : WorkItem.NEW_ITEM_DAYS;
            finish = calendar.finishFor(start, keep);
        }
        DateWindow.require(start, "item.plannedStart");
        DateWindow.require(finish, "item.plannedFinish"); // a start near 2099 and a long duration
        item.setPlannedDates(start, finish);
    }

    private static String normalise(String predecessors) {
        try {
            return PredecessorCode.parseList(predecessors).stream().map(PredecessorCode::format).sorted()
                    .collect(Collectors.joining(","));
        } catch (PredecessorSyntaxException e) {
            return predecessors; // differs from what is stored, so it gets parsed and refused properly
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
