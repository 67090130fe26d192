package com.campaigntracker.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a work item with everything below it, its dependencies and its A, C and I; only the
 * project's manager or an admin may. One transaction: a refused delete leaves everything.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ItemDeletionService {

    private final WorkItemRepository workItems;
    private final PlanLoader loader;
    private final PlanDependencies dependencies;
    private final ObjectProvider<ResponsibilityStore> responsibilities;

    ItemDeletionService(WorkItemRepository workItems, PlanLoader loader, PlanDependencies dependencies,
                        ObjectProvider<ResponsibilityStore> responsibilities) {
        this.workItems = workItems;
        this.loader = loader;
        this.dependencies = dependencies;
        this.responsibilities = responsibilities;
    }

    /** How many items a delete takes: the item and everything below it. */
    @Transactional(readOnly = true)
    public int subtreeSize(long itemId) {
        WorkItem item = workItems.findById(itemId).orElseThrow();
        return loader.load(item.getProject()).subtree(item).size();
    }

    public void delete(long itemId, long version) {
        WorkItem item = loader.lockedItem(itemId, version);
        ProjectPlan plan = loader.load(item.getProject());
        List<WorkItem> subtree = plan.subtree(item);
        dependencies.removeLinksOf(plan, subtree);
        List<Long> ids = subtree.stream().map(WorkItem::getId).toList();
        responsibilities.ifAvailable(store -> store.remove(ids));
        // children before parents: the parent key must not dangle
        subtree.stream().sorted(Comparator.comparingInt((WorkItem w) -> w.getLevel().depth()).reversed())
                .forEach(workItems::delete);
        workItems.flush();
        List<WorkItem> siblings = new ArrayList<>(plan.children(item.getParent()));
        siblings.remove(item);
        ProjectPlan.renumber(siblings);
    }
}
