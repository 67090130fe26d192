package com.campaigntracker.raci;

import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.WorkTree;
import java.util.List;
import java.util.Map;

/**
 * A project's RACI matrix: its work tree against people (grouped by department), a letter per
 * cell, and what each item breaks (R6).
 *
 * @param cells    letters by work item id, then person id; an absent cell is empty
 * @param problems translation keys by work item id (see {@link RaciRules})
 */
public record RaciMatrix(WorkTree tree, List<PersonOption> people, Map<Long, Map<Long, RaciLetter>> cells,
                         Map<Long, List<String>> problems) {

    public RaciLetter letter(long itemId, long personId) {
        return cells.getOrDefault(itemId, Map.of()).get(personId);
    }

    public boolean editable() {
        return tree.project().editable();
    }
}
