package com.campaigntracker.plan.excel;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.plan.Responsibilities;
import com.campaigntracker.plan.ResponsibilityStore;
import com.campaigntracker.plan.WorkItemRow;
import com.campaigntracker.plan.WorkTree;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project as the users' Excel table, with its A, C and I; anyone who may see the plan may export it. */
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

    public byte[] export(long projectId, boolean english) {
        WorkTree tree = projects.workTree(projectId)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not your project"));
        Map<Long, String> names = people.people().stream()
                .collect(Collectors.toMap(PersonOption::id, PersonOption::displayName));
        Function<Long, String> name = id -> id == null ? null : names.get(id);
        Map<Long, ProgressTableWriter.Names> raci = new HashMap<>();
        ResponsibilityStore store = responsibilities.getIfAvailable();
        if (store != null) {
            store.of(tree.rows().stream().map(WorkItemRow::id).toList()).forEach((id, r) -> raci.put(id,
                    new ProgressTableWriter.Names(name.apply(r.accountable()),
                            r.consulted().stream().map(name).toList(), r.informed().stream().map(name).toList())));
        }
        return new ProgressTableWriter(english, raci).write(tree);
    }
}
