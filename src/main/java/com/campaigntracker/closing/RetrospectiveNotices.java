package com.campaigntracker.closing;

import com.campaigntracker.notify.Notification;
import com.campaigntracker.notify.Notifier;
import com.campaigntracker.plan.ProjectClosed;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** R14: when a project closes, its manager and the task owners hear that the retrospective is due, and by when. */
@Component
class RetrospectiveNotices {

    private final ProjectService projects;
    private final RetrospectiveService retrospectives;
    private final Notifier notifier;
    private final java.time.Clock clock;

    RetrospectiveNotices(ProjectService projects, RetrospectiveService retrospectives, Notifier notifier,
                         java.time.Clock clock) {
        this.projects = projects;
        this.retrospectives = retrospectives;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** In the closing's own transaction: the notices are kept with the close, or not at all. */
    @EventListener
    void on(ProjectClosed closed) {
        projects.workTree(closed.projectId()).ifPresent(tree -> {
            Set<Long> team = new LinkedHashSet<>();
            team.add(tree.project().managerId());
            tree.rows().stream().map(WorkItemRow::ownerId).filter(Objects::nonNull).forEach(team::add);
            ZoneId zone = clock.getZone();
            LocalDate due = LocalDate.ofInstant(retrospectives.dueAt(tree.project()), zone);
            notifier.notify(new Notification(team, closed.projectId(), closed.cancelled()
                    ? "notice.retrospective.dueCancelled" : "notice.retrospective.due",
                    List.of(tree.project().name(), due.toString()),
                    ClosingRoutes.retrospective(closed.projectId())));
        });
    }
}
