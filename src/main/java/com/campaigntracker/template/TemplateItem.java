package com.campaigntracker.template;

import com.campaigntracker.plan.Priority;
import com.campaigntracker.plan.WorkItemLevel;
import com.campaigntracker.tracking.Cadence;
import java.util.List;

/**
 * One Phase, Module or Task of a template. Dates are working days: the item starts
 * {@code startOffset} working days after the project's first day and lasts {@code duration}
 * working days (both null when the source had no dates). People are placeholder keys.
 *
 * @param predecessors WBS codes as the users type them ({@code 1.2.1FS+2}), or null
 * @param cadence      the update cadence the manager chose; null leaves it to R8
 */
public record TemplateItem(WorkItemLevel level, String name, String description, String deliverables,
                           Integer startOffset, Integer duration, Priority priority, Integer estimateDays,
                           Integer bufferPercent, boolean keyTask, boolean milestone, String predecessors,
                           String responsible, String accountable, List<String> consulted, List<String> informed,
                           Cadence cadence, List<TemplateRisk> risks) {

    public TemplateItem {
        consulted = consulted == null ? List.of() : List.copyOf(consulted);
        informed = informed == null ? List.of() : List.copyOf(informed);
        risks = risks == null ? List.of() : List.copyOf(risks);
    }

    /** Every placeholder the item names, R first. */
    public List<String> people() {
        List<String> keys = new java.util.ArrayList<>();
        if (responsible != null) {
            keys.add(responsible);
        }
        if (accountable != null) {
            keys.add(accountable);
        }
        keys.addAll(consulted);
        keys.addAll(informed);
        return keys;
    }
}
