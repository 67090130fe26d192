package com.campaigntracker.plan.excel;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.Responsibilities;
import com.campaigntracker.plan.ResponsibilityStore;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project as the users' Excel table, with its A, C and I, people named as the import resolves them:
 * importing the file gives the same plan. Anyone who may see the plan may export it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanExportService {

    private final ProjectService projects;
    private final PeopleService people;
    private final ObjectProvider<ResponsibilityStore> responsibilities;

    PlanExportService(ProjectService projects, PeopleService people,
                      ObjectProvider<ResponsibilityStore> responsibilities) {
        this.projects = projects;
        this.people = people;
        this.responsibilities = responsibilities;
    }

    /** The plan with Chinese headers and labels, or English ones; both read back. */
    public byte[] export(long projectId, boolean english) {
        WorkTree tree = projects.workTree(projectId).orElseThrow(() -> new AccessDeniedException("Not your project"));
        ResponsibilityStore store = responsibilities.getIfAvailable();
        Map<Long, Responsibilities> raci = store == null ? Map.of()
                : store.of(tree.rows().stream().map(WorkItemRow::id).toList());
        return new ProgressTableWriter(english, new TableNames(people.everyone()), raci).write(tree);
    }
}
