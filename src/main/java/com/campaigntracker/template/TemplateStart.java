package com.campaigntracker.template;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a manager gives to make a project from a template.
 *
 * @param start  the first day; a day off moves it to the next working day
 * @param people person id by placeholder key; a placeholder left out leaves its items without that person
 */
public record TemplateStart(String projectName, LocalDate start, Long managerId, Long departmentId,
                            Map<String, Long> people) {
}
