package com.campaigntracker.template;

/**
 * Stands for a person in a template: the R, A, C or I of items, named by department and role
 * ("设计部 designer") and given a person when a project is made from the template.
 *
 * @param department        the department to pick from, when known
 * @param manager           the project's manager takes this place unless someone else is named
 * @param suggestedPersonId who held it in the project the template came from; offered first
 */
public record Placeholder(String key, String label, String department, boolean manager, Long suggestedPersonId) {

    public static final String MANAGER_KEY = "manager";

    public Placeholder withLabel(String newLabel) {
        return new Placeholder(key, newLabel, department, manager, suggestedPersonId);
    }
}
