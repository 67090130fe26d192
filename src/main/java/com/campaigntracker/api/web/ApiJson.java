package com.campaigntracker.api.web;

import com.campaigntracker.plan.DependencyRow;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.warning.ExplanationLine;
import com.campaigntracker.warning.WarningLine;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What the API answers and accepts: records of ids and values, dates in ISO form, times in the organisation's zone. */
final class ApiJson {

    private ApiJson() {
    }

    record Person(long id, String name) {
        static Person of(Long id, String name) {
            return id == null ? null : new Person(id, name);
        }
    }

    record Project(long id, String name, String goal, String status, boolean archived, Person manager,
                   String department, LocalDate start, LocalDate finish, LocalDate committedEnd,
                   int percentComplete, String progressStatus) {
        static Project of(ProjectSummary p) {
            return new Project(p.id(), p.name(), p.goal(), p.status().name(), p.archived(),
                    Person.of(p.managerId(), p.managerName()), p.departmentName(), p.start(), p.finish(),
                    p.committedEnd(), p.percentComplete(), p.progressStatus() == null ? null : p.progressStatus().name());
        }
    }

    @Schema(description = "A phase, module or task; children are empty for a task (a leaf)")
    record Item(long id, long version, String wbs, String level, String name, Person owner,
                LocalDate plannedStart, LocalDate plannedFinish, Integer durationDays,
                LocalDate actualStart, LocalDate actualFinish, String status, String reportedStatus,
                String blockedReason, int percentComplete, boolean milestone, boolean keyTask,
                @Schema(description = "predecessors as users type them, e.g. 1.2.1 or 1.3SS-1") List<String> predecessors,
                List<Item> children) {
        static Item of(WorkItemRow r, boolean withChildren) {
            return new Item(r.id(), r.version(), r.wbs(), r.level().name(), r.name(), Person.of(r.ownerId(), r.ownerName()),
                    r.plannedStart(), r.plannedFinish(), r.duration(), r.actualStart(), r.actualFinish(),
                    r.status() == null ? null : r.status().name(),
                    r.storedStatus() == null ? null : r.storedStatus().name(), r.blockedReason(), r.percentComplete(),
                    r.milestone(), r.keyTask(), r.predecessors(),
                    withChildren ? r.children().stream().map(c -> of(c, true)).toList() : List.of());
        }
    }

    record Dependency(long id, long predecessorId, long successorId, String type, int lagDays) {
        static Dependency of(DependencyRow d) {
            return new Dependency(d.id(), d.predecessorId(), d.successorId(), d.type().name(), d.lagDays());
        }
    }

    record WorkTree(Project project, List<Item> items, List<Dependency> dependencies) {
    }

    record Warning(long id, long taskId, String taskWbs, String taskName, Person owner, String kind,
                   OffsetDateTime raisedAt, boolean explanationDue) {
        static Warning of(WarningLine w, ZoneId zone) {
            return new Warning(w.id(), w.workItemId(), w.taskWbs(), w.taskName(), Person.of(w.ownerId(), w.ownerName()),
                    w.kind().name(), at(w.raisedAt(), zone), w.explanationDue());
        }
    }

    record Explanation(long id, long warningId, String warningKind, long taskId, String taskName, Person owner,
                       String state, OffsetDateTime requestedAt, OffsetDateTime dueAt, OffsetDateTime submittedAt,
                       String causeType, String cause, String ownerAssessment, LocalDate proposedStart,
                       LocalDate proposedFinish, String outcome, String decisionComment) {
        static Explanation of(ExplanationLine e, ZoneId zone) {
            return new Explanation(e.id(), e.warningId(), e.kind() == null ? null : e.kind().name(), e.workItemId(),
                    e.taskName(), Person.of(e.ownerId(), e.ownerName()), e.state().name(), at(e.requestedAt(), zone),
                    at(e.dueAt(), zone), at(e.submittedAt(), zone), e.causeType() == null ? null : e.causeType().name(),
                    e.cause(), e.ownerAssessment(), e.proposedStart(), e.proposedFinish(),
                    e.outcome() == null ? null : e.outcome().name(), e.decisionComment());
        }
    }

    record Warnings(List<Warning> warnings, List<Explanation> explanations) {
    }

    @Schema(description = "A progress update, as the update dialog sends it")
    record ProgressUpdate(@Schema(description = "0 to 100", requiredMode = Schema.RequiredMode.REQUIRED) Integer percent,
                          @Schema(description = "NOT_STARTED, IN_PROGRESS, BLOCKED or DONE",
                                  requiredMode = Schema.RequiredMode.REQUIRED) String status,
                          @Schema(description = "required when BLOCKED") String blockedReason,
                          String note) {
    }

    record NewComment(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text,
                      @Schema(description = "ids of the project's people to tell") List<Long> mentions) {
    }

    record Created(long id) {
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
