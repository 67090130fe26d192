package com.campaigntracker;

import com.campaigntracker.people.Department;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.Role;
import com.campaigntracker.plan.PlanRow;
import com.campaigntracker.plan.ProjectDetails;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.plan.PlanRowsService;
import com.campaigntracker.shared.security.SystemActor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The data a test owns, made through the app's own services: people (always new, under unique
 * usernames), a department with its head, and a project with its Phase › Module › Task tree. Every
 * method does its work as whoever may do it (the system for people, the manager for a project) and
 * leaves the caller's sign-in as it was; the clock is the caller's to set.
 */
@Component
public class Fixtures {

    /** Every fixture person's password. */
    public static final String PASSWORD = "secret";

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final PeopleService people;
    private final ProjectService projects;
    private final PlanRowsService planRows;
    private final UserDetailsService users;

    Fixtures(PeopleService people, ProjectService projects, PlanRowsService planRows, UserDetailsService users) {
        this.people = people;
        this.projects = projects;
        this.planRows = planRows;
        this.users = users;
    }

    /** A department and the head it was made with. */
    public record HeadedDepartment(Department department, Person head) {

        public long id() {
            return department.getId();
        }

        public String name() {
            return department.getName();
        }
    }

    /** A new person with a username of their own ({@code prefix-N}); no department. */
    public Person person(String usernamePrefix, String displayName, Role role) {
        return person(usernamePrefix, displayName, role, null);
    }

    /** A new person with a username of their own ({@code prefix-N}) in the department. */
    public Person person(String usernamePrefix, String displayName, Role role, Department department) {
        return SystemActor.call(() -> people.createPerson(freeUsername(usernamePrefix), displayName, role, department,
                PASSWORD));
    }

    /** A username nobody has yet, {@code prefix-N}: for a person a test creates through the UI. */
    public String username(String prefix) {
        return SystemActor.call(() -> freeUsername(prefix));
    }

    /** A new project manager (no department). */
    public Person manager(String usernamePrefix, String displayName) {
        return person(usernamePrefix, displayName, Role.MANAGER);
    }

    /** A new member (no department). */
    public Person member(String usernamePrefix, String displayName) {
        return person(usernamePrefix, displayName, Role.MEMBER);
    }

    /** A new department, named {@code name (N)}, whose head is a new person of role HEAD. */
    public HeadedDepartment department(String name, String headDisplayName) {
        return SystemActor.call(() -> {
            Department department = people.createDepartment(unique(name));
            Person head = people.createPerson(freeUsername("head"), headDisplayName, Role.HEAD, department, PASSWORD);
            people.makeHead(department, head);
            return new HeadedDepartment(department, head);
        });
    }

    /**
     * The person with exactly this username, made the first time it is asked for: only for helpers whose
     * callers sign in by a fixed name (FinishedCampaign). Tests take {@link #person} and get a new one.
     */
    public Person account(String username, String displayName, Role role, Department department) {
        return SystemActor.call(() -> people.findByUsername(username)
                .orElseGet(() -> people.createPerson(username, displayName, role, department, PASSWORD)));
    }

    /** A new project of {@code manager}'s, named {@code name (N)}, starting on {@code start}. */
    public NewProject project(Person manager, String name, LocalDate start) {
        return new NewProject(manager, name, start);
    }

    /** Runs {@code work} signed in as {@code person}, then puts the caller's sign-in back. */
    private <T> T as(Person person, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            SignIn.as(users, person.getUsername());
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** {@code name (N)}: no such name is part of another, so a search for it finds only its own. */
    private static String unique(String name) {
        return name + " (" + SEQUENCE.incrementAndGet() + ")";
    }

    private String freeUsername(String prefix) {
        String username;
        do {
            username = prefix + "-" + SEQUENCE.incrementAndGet();
        } while (people.findByUsername(username).isPresent());
        return username;
    }

    /**
     * A project being described: its details, then its rows in table order (each Module under the Phase
     * before it, each Task under the Module before it); {@link #create()} or {@link #activate()} makes it.
     */
    public final class NewProject {

        private final Person manager;
        private final ProjectDetails details = new ProjectDetails();
        private final List<PlanRow> rows = new ArrayList<>();

        private NewProject(Person manager, String name, LocalDate start) {
            this.manager = manager;
            details.setName(unique(name));
            details.setManagerId(manager.getId());
            details.setPlannedStart(start);
        }

        /** Owned by the department, whose head then sees it and receives its escalations. */
        public NewProject department(long departmentId) {
            details.setDepartmentId(departmentId);
            return this;
        }

        public NewProject goal(String goal) {
            details.setGoal(goal);
            return this;
        }

        public NewProject kpi(String name, String unit, BigDecimal target) {
            details.getKpis().add(new ProjectDetails.Kpi(name, unit, target));
            return this;
        }

        public NewProject committedEnd(LocalDate committedEnd) {
            details.setCommittedEnd(committedEnd);
            return this;
        }

        /** A phase; its dates roll up from its tasks. */
        public NewProject phase(String name) {
            return row(TestPlans.row(WorkItemLevel.PHASE, name, null, null, null, null));
        }

        /** A module of the phase above; its dates roll up from its tasks. */
        public NewProject module(String name) {
            return row(TestPlans.row(WorkItemLevel.MODULE, name, null, null, null, null));
        }

        /** A task of the module above, with a deliverable, not started; {@code owner} (its R) may be null. */
        public NewProject task(String name, Person owner, LocalDate start, LocalDate finish) {
            return task(name, owner, start, finish, null);
        }

        /** Like the other, after the tasks whose WBS codes {@code predecessors} lists ({@code "1.1.1"}). */
        public NewProject task(String name, Person owner, LocalDate start, LocalDate finish, String predecessors) {
            return row(TestPlans.row(WorkItemLevel.TASK, name, owner, start, finish, predecessors));
        }

        /** Any row of the users' table, for what the shorthands above do not say. */
        public NewProject row(PlanRow row) {
            rows.add(row);
            return this;
        }

        /** Creates the project in planning, as its manager; its id. */
        public long create() {
            return as(manager, () -> {
                long id = projects.create(details);
                if (!rows.isEmpty()) {
                    planRows.appendRows(id, rows);
                }
                return id;
            });
        }

        /** Creates the project and starts it (as if its kickoff were over), as its manager; its id. */
        public long activate() {
            long id = create();
            as(manager, () -> {
                projects.activate(id);
                return null;
            });
            return id;
        }
    }
}
