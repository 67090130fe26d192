package com.campaigntracker.plan;

import java.util.Collection;
import java.util.Map;

/**
 * Where the Accountable, Consulted and Informed of work items are kept. The RACI module provides
 * it; the plan's Excel import and export use it without depending on that module.
 */
public interface ResponsibilityStore {

    Map<Long, Responsibilities> of(Collection<Long> workItemIds);

    /** The item's A, or null. */
    default Long accountableOf(long workItemId) {
        Responsibilities r = of(java.util.List.of(workItemId)).get(workItemId);
        return r == null ? null : r.accountable();
    }

    /** The projects in which the person is Accountable, Consulted or Informed somewhere. */
    java.util.Set<Long> projectsWithRolesOf(long personId);

    /** Removes the A, C and I of items about to be deleted (as entities, so the audit trail sees it). */
    void remove(Collection<Long> workItemIds);

    /** Removes the person's A, C or I on the item: they became its owner, the R. */
    void clearPerson(long workItemId, long personId);

    /** The work items on which the person is the A, C or I, across projects. */
    java.util.Set<Long> itemsInvolving(long personId);

    /** The work items on which the person is the A, across projects. */
    java.util.Set<Long> itemsAccountableBy(long personId);

    /** Every A, C or I given or taken on the item, oldest first, from the audit trail (R17). */
    java.util.List<RoleChange> roleHistory(long workItemId);

    /** One audited RACI change: in which revision, which letter, for whom, given or taken. */
    record RoleChange(com.campaigntracker.shared.audit.AuditRevision revision, String letter, long personId,
                      boolean given) {
    }

    /** Replaces the A, C and I of each item in the map. */
    void store(Map<Long, Responsibilities> byWorkItem);
}
