package com.campaigntracker;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.ProgressStatus;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemLevel;
import java.time.LocalDate;

/**
 * Rows of the small plans tests work on, every one with a deliverable and not started. A project of a
 * test's own, with its people, comes from {@link Fixtures#project}; {@link #project} here is the older
 * way, for callers that name an existing manager by username.
 */
public final class TestPlans {

    private TestPlans() {
    }

    /** A new project managed by {@code managerUsername}, named {@code prefix} and a unique number; its id. */
    public static long project(ProjectService projects, PeopleService people, String managerUsername, String prefix,
                               LocalDate start) {
        return project(projects, people, managerUsername, prefix, start, null);
    }

    /** Like the other, owned by a department (whose head receives its escalations). */
    public static long project(ProjectService projects, PeopleService people, String managerUsername, String prefix,
                               LocalDate start, Long departmentId) {
        ProjectDetails details = new ProjectDetails();
        details.setDepartmentId(departmentId);
        details.setName(prefix + " " + System.nanoTime());
        details.setManagerId(people.findByUsername(managerUsername).orElseThrow().getId());
        details.setPlannedStart(start);
        return projects.create(details);
    }

    /** A row of the users' table: level, name, owner (R), planned dates and predecessor codes. */
    public static PlanRow row(WorkItemLevel level, String name, Person owner, LocalDate start, LocalDate finish,
                              String predecessors) {
        return new PlanRow(level, name, null, "交付物", owner, start, finish, null, null, ProgressStatus.NOT_STARTED, 0,
                null, null, null, null, null, false, predecessors);
    }
}
