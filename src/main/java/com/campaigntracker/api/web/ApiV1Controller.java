package com.campaigntracker.api.web;

import com.campaigntracker.discussion.DiscussionService;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.tracking.QuickUpdate;
import com.campaigntracker.tracking.TrackingService;
import com.campaigntracker.warning.ExplanationService;
import com.campaigntracker.warning.WarningService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1}: the plan as the caller may see it, and the two writes the UI's people make most (a progress
 * update, a comment). Each call is one call of the services the UI uses, under the token's person; what the
 * caller may not see is answered as not there (404), what they see but may not change as 403.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Campaign Tracker")
@SecurityRequirement(name = "token")
class ApiV1Controller {

    private final ProjectService projects;
    private final TrackingService tracking;
    private final WarningService warnings;
    private final ExplanationService explanations;
    private final DiscussionService discussions;
    private final Clock clock;

    ApiV1Controller(ProjectService projects, TrackingService tracking, WarningService warnings,
                    ExplanationService explanations, DiscussionService discussions, Clock clock) {
        this.projects = projects;
        this.tracking = tracking;
        this.warnings = warnings;
        this.explanations = explanations;
        this.discussions = discussions;
        this.clock = clock;
    }

    @Operation(summary = "The projects the caller may see (archived ones left out)")
    @GetMapping("/projects")
    List<ApiJson.Project> projects() {
        return projects.visibleProjects().stream().map(ApiJson.Project::of).toList();
    }

    @Operation(summary = "A project's work tree: phases, modules and tasks with dates, owners, status, % and dependencies")
    @GetMapping("/projects/{projectId}/tree")
    ApiJson.WorkTree tree(@PathVariable("projectId") long projectId) {
        var linked = projects.workTreeWithLinks(projectId).orElseThrow(ApiRefusal::notFound);
        return new ApiJson.WorkTree(ApiJson.Project.of(linked.tree().project()),
                linked.tree().roots().stream().map(r -> ApiJson.Item.of(r, true)).toList(),
                linked.links().stream().map(ApiJson.Dependency::of).toList());
    }

    @Operation(summary = "A project's open warnings and its deviation explanations")
    @GetMapping("/projects/{projectId}/warnings")
    ApiJson.Warnings warnings(@PathVariable("projectId") long projectId) {
        if (!projects.isVisible(projectId)) {
            throw ApiRefusal.notFound();
        }
        return new ApiJson.Warnings(
                warnings.open(projectId).stream().map(w -> ApiJson.Warning.of(w, clock.getZone())).toList(),
                explanations.of(projectId).stream().map(e -> ApiJson.Explanation.of(e, clock.getZone())).toList());
    }

    @Operation(summary = "One work item; its ETag is the version an update must send back in If-Match")
    @GetMapping("/tasks/{taskId}")
    ResponseEntity<ApiJson.Item> task(@PathVariable("taskId") long taskId) {
        WorkItemRow row = row(taskId);
        return ResponseEntity.ok().eTag(etag(row.version())).body(ApiJson.Item.of(row, false));
    }

    @Operation(summary = "Reports progress on a task, as the update dialog does (If-Match: the task's ETag)")
    @PostMapping(path = "/tasks/{taskId}/progress", consumes = "application/json")
    ResponseEntity<ApiJson.Item> progress(@PathVariable("taskId") long taskId,
                                          @Parameter(description = "the ETag of the task as last read")
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestBody ApiJson.ProgressUpdate update) {
        ProgressStatus status = validated(update);
        WorkItemRow row = row(taskId);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiRefusal(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "api.error.ifMatchMissing",
                    List.of());
        }
        long version = versionOf(ifMatch);
        if (version != row.version()) {
            throw new ApiRefusal(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "api.error.stale", List.of());
        }
        tracking.update(taskId, version, new QuickUpdate(update.percent(), status, update.blockedReason(),
                update.note(), null));
        WorkItemRow after = row(taskId);
        return ResponseEntity.ok().eTag(etag(after.version())).body(ApiJson.Item.of(after, false));
    }

    @Operation(summary = "Comments on a task (mentions: ids of the project's people to tell)")
    @PostMapping(path = "/tasks/{taskId}/comments", consumes = "application/json")
    ResponseEntity<ApiJson.Created> commentOnTask(@PathVariable("taskId") long taskId,
                                                  @RequestBody ApiJson.NewComment comment) {
        validated(comment);
        if (tracking.projectOf(taskId).isEmpty()) {
            throw ApiRefusal.notFound();
        }
        long id = discussions.commentOnTask(taskId, comment.text(), mentions(comment));
        return ResponseEntity.status(HttpStatus.CREATED).body(new ApiJson.Created(id));
    }

    @Operation(summary = "Comments on a project as a whole")
    @PostMapping(path = "/projects/{projectId}/comments", consumes = "application/json")
    ResponseEntity<ApiJson.Created> commentOnProject(@PathVariable("projectId") long projectId,
                                                     @RequestBody ApiJson.NewComment comment) {
        validated(comment);
        if (!projects.isVisible(projectId)) {
            throw ApiRefusal.notFound();
        }
        long id = discussions.commentOnProject(projectId, comment.text(), mentions(comment));
        return ResponseEntity.status(HttpStatus.CREATED).body(new ApiJson.Created(id));
    }

    /** The task (any work item) when its project is the caller's to see; else not found. */
    private WorkItemRow row(long itemId) {
        long projectId = tracking.projectOf(itemId).orElseThrow(ApiRefusal::notFound);
        return projects.workTree(projectId).flatMap(t -> t.find(itemId)).orElseThrow(ApiRefusal::notFound);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version in an If-Match (a strong or weak ETag); one that is not ours can never match. */
    private static long versionOf(String ifMatch) {
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ApiRefusal(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "api.error.stale", List.of());
        }
    }

    private static ProgressStatus validated(ApiJson.ProgressUpdate update) {
        List<ApiRefusal.FieldFault> faults = new ArrayList<>();
        if (update.percent() == null) {
            faults.add(new ApiRefusal.FieldFault("percent", "api.field.required"));
        } else if (update.percent() < 0 || update.percent() > 100) {
            faults.add(new ApiRefusal.FieldFault("percent", "api.field.percent"));
        }
        ProgressStatus status = null;
        if (update.status() == null || update.status().isBlank()) {
            faults.add(new ApiRefusal.FieldFault("status", "api.field.required"));
        } else {
            try {
                status = ProgressStatus.valueOf(update.status().strip());
            } catch (IllegalArgumentException e) {
                faults.add(new ApiRefusal.FieldFault("status", "api.field.status"));
            }
        }
        if (status == ProgressStatus.BLOCKED && (update.blockedReason() == null || update.blockedReason().isBlank())) {
            faults.add(new ApiRefusal.FieldFault("blockedReason", "api.field.blockedReason"));
        }
        if (!faults.isEmpty()) {
            throw ApiRefusal.invalid(faults);
        }
        return status;
    }

    private static void validated(ApiJson.NewComment comment) {
        if (comment.text() == null || comment.text().isBlank()) {
            throw ApiRefusal.invalid(List.of(new ApiRefusal.FieldFault("text", "api.field.required")));
        }
    }

    private static List<Long> mentions(ApiJson.NewComment comment) {
        return comment.mentions() == null ? List.of() : comment.mentions();
    }
}
