package com.campaigntracker.raci;

import com.campaigntracker.people.Person;
import com.campaigntracker.plan.Responsibilities;
import com.campaigntracker.plan.ResponsibilityStore;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps A, C and I assignments in their own table, one row per person and role. */
@Component
@Transactional
class RaciResponsibilityStore implements ResponsibilityStore {

    private final RaciAssignmentRepository assignments;
    private final EntityManager entityManager;

    RaciResponsibilityStore(RaciAssignmentRepository assignments, EntityManager entityManager) {
        this.assignments = assignments;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Responsibilities> of(Collection<Long> workItemIds) {
        Map<Long, Long> accountable = new HashMap<>();
        Map<Long, List<Long>> consulted = new HashMap<>();
        Map<Long, List<Long>> informed = new HashMap<>();
        for (RaciAssignment a : assignments.findByWorkItemIds(workItemIds)) {
            long item = a.getWorkItemId();
            switch (a.getRole()) {
                case A -> accountable.put(item, a.getPerson().getId());
                case C -> consulted.computeIfAbsent(item, k -> new ArrayList<>()).add(a.getPerson().getId());
                case I -> informed.computeIfAbsent(item, k -> new ArrayList<>()).add(a.getPerson().getId());
            }
        }
        Map<Long, Responsibilities> result = new HashMap<>();
        for (Long item : workItemIds) {
            result.put(item, new Responsibilities(accountable.get(item), consulted.getOrDefault(item, List.of()),
                    informed.getOrDefault(item, List.of())));
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<Long> projectsWithRolesOf(long personId) {
        return new java.util.HashSet<>(assignments.projectIdsOf(personId));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<Long> itemsInvolving(long personId) {
        return new java.util.HashSet<>(assignments.itemIdsOf(personId));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<Long> itemsAccountableBy(long personId) {
        return new java.util.HashSet<>(assignments.itemIdsWithRole(personId, RaciRole.A));
    }

    @Override
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<RoleChange> roleHistory(long workItemId) {
        List<Object[]> states = org.hibernate.envers.AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(RaciAssignment.class, false, true)
                .add(org.hibernate.envers.query.AuditEntity.property("workItemId").eq(workItemId))
                .addOrder(org.hibernate.envers.query.AuditEntity.revisionNumber().asc()).getResultList();
        List<RoleChange> changes = new ArrayList<>();
        for (Object[] state : states) {
            RaciAssignment a = (RaciAssignment) state[0];
            org.hibernate.envers.RevisionType type = (org.hibernate.envers.RevisionType) state[2];
            if (type != org.hibernate.envers.RevisionType.MOD) {
                changes.add(new RoleChange((com.campaigntracker.shared.audit.AuditRevision) state[1], a.getRole().name(),
                        a.getPerson().getId(), type == org.hibernate.envers.RevisionType.ADD));
            }
        }
        return changes;
    }

    @Override
    public void remove(Collection<Long> workItemIds) {
        assignments.deleteAll(assignments.findByWorkItemIds(workItemIds));
        assignments.flush();
    }

    @Override
    public void clearPerson(long workItemId, long personId) {
        assignments.deleteAll(assignments.findCell(workItemId, personId));
        assignments.flush();
    }

    private Person person(long id) {
        return entityManager.getReference(Person.class, id);
    }

    @Override
    public void store(Map<Long, Responsibilities> byWorkItem) {
        assignments.deleteAll(assignments.findByWorkItemIds(byWorkItem.keySet()));
        assignments.flush();
        byWorkItem.forEach((itemId, r) -> {
            // person references, not loads: the ids come from a validated import, the foreign keys check the rest
            if (r.accountable() != null) {
                assignments.save(new RaciAssignment(itemId, person(r.accountable()), RaciRole.A));
            }
            r.consulted().forEach(p -> assignments.save(new RaciAssignment(itemId, person(p), RaciRole.C)));
            r.informed().forEach(p -> assignments.save(new RaciAssignment(itemId, person(p), RaciRole.I)));
        });
    }
}
