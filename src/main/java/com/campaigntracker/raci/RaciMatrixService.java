package com.campaigntracker.raci;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.Person;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import com.campaigntracker.plan.WorkItemEditService;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The RACI matrix of a project (R6): who is Responsible (the item's owner), Accountable, Consulted
 * and Informed for each work item. Anyone who sees the project sees it; its manager changes it.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RaciMatrixService {

    private final ProjectService projects;
    private final WorkItemEditService items;
    private final PeopleService people;
    private final RaciAssignmentRepository assignments;

    RaciMatrixService(ProjectService projects, WorkItemEditService items, PeopleService people,
                      RaciAssignmentRepository assignments) {
        this.projects = projects;
        this.items = items;
        this.people = people;
        this.assignments = assignments;
    }

    /** The matrix, or empty when the project does not exist or the user may not see it. */
    @Transactional(readOnly = true)
    public Optional<RaciMatrix> matrix(long projectId) {
        return projects.workTree(projectId).map(tree -> {
            List<WorkItemRow> rows = tree.rows();
            Map<Long, Map<Long, RaciLetter>> cells = new HashMap<>();
            for (WorkItemRow row : rows) {
                if (row.ownerId() != null) {
                    cells.computeIfAbsent(row.id(), k -> new HashMap<>()).put(row.ownerId(), RaciLetter.R);
                }
            }
            for (RaciAssignment a : assignments.findByWorkItemIds(rows.stream().map(WorkItemRow::id).toList())) {
                // the owner's R wins over a stale A, C or I left from an import
                cells.computeIfAbsent(a.getWorkItemId(), k -> new HashMap<>())
                        .putIfAbsent(a.getPerson().getId(), RaciLetter.valueOf(a.getRole().name()));
            }
            Map<Long, List<String>> problems = new HashMap<>();
            for (WorkItemRow row : rows) {
                List<String> p = RaciRules.problems(row.isLeaf(), cells.getOrDefault(row.id(), Map.of()).values());
                if (!p.isEmpty()) {
                    problems.put(row.id(), p);
                }
            }
            Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
            java.util.Set<Long> inactive = people.inactivePersonIds();
            List<PersonOption> everyone = people.people().stream()
                    .filter(p -> !inactive.contains(p.id()) || cells.values().stream().anyMatch(c -> c.containsKey(p.id())))
                    .sorted(Comparator.comparing((PersonOption p) -> p.departmentName() == null ? "\uffff" : p.departmentName(),
                            collator).thenComparing(PersonOption::displayName, collator))
                    .toList();
            return new RaciMatrix(tree, everyone, cells, problems);
        });
    }

    /** The matrix as an .xlsx file for the people shown, texts translated by {@code translate}. */
    @Transactional(readOnly = true)
    public byte[] export(long projectId, List<Long> personIds, java.util.function.Function<String, String> translate) {
        RaciMatrix matrix = matrix(projectId)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not your project"));
        List<PersonOption> shown = matrix.people().stream().filter(p -> personIds.contains(p.id())).toList();
        return RaciMatrixExport.write(matrix, shown, translate);
    }

    /**
     * Sets one cell. {@code expected} is what the user saw there: when the cell holds something
     * else now, nothing changes and {@link RaciConflictException} says so. An R replaces the item's
     * owner; an A replaces the item's other A (at most one, R6); one letter per person and item.
     */
    public void set(long projectId, long itemId, long personId, RaciLetter expected, RaciLetter value) {
        projects.lockForChange(projectId);
        WorkTree tree = projects.workTree(projectId).orElseThrow();
        WorkItemRow row = tree.rows().stream().filter(r -> r.id() == itemId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Item " + itemId + " is not in project " + projectId));
        Person person = people.person(personId).orElseThrow();
        RaciLetter current = Objects.equals(row.ownerId(), personId) ? RaciLetter.R
                : assignments.findByWorkItemIds(List.of(itemId)).stream()
                .filter(a -> a.getPerson().getId() == personId).map(a -> RaciLetter.valueOf(a.getRole().name()))
                .findFirst().orElse(null);
        if (current != expected) {
            throw new RaciConflictException(row.wbs(), row.name(), person.getDisplayName());
        }
        if (current == value) {
            return;
        }
        if (current == RaciLetter.R) {
            items.assignOwner(itemId, null);
        }
        // one letter per person and item: whatever else they hold here goes (as entities: audited)
        assignments.deleteAll(assignments.findCell(itemId, personId));
        assignments.flush();
        if (value == null) {
            return;
        }
        switch (value) {
            case R -> items.assignOwner(itemId, personId);
            case A -> {
                assignments.deleteAll(assignments.findRole(itemId, RaciRole.A));
                assignments.flush();
                save(itemId, person, RaciRole.A);
            }
            case C -> save(itemId, person, RaciRole.C);
            case I -> save(itemId, person, RaciRole.I);
        }
    }

    private void save(long itemId, Person person, RaciRole role) {
        assignments.save(new RaciAssignment(itemId, person, role));
    }
}
