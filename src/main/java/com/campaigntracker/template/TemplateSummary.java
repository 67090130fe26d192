package com.campaigntracker.template;

import java.time.Instant;
import java.util.List;

/**
 * A template as the list shows it.
 *
 * @param key       {@code builtin:…} for the shipped ones, {@code saved:…} for those saved from projects
 * @param deletable the signed-in person may delete it (who saved it, or an administrator)
 */
public record TemplateSummary(String key, long version, String name, String description, boolean builtIn,
                              Long sourceProjectId, String sourceProjectName, String createdBy, Instant createdAt,
                              long tasks, int workingDays, List<Placeholder> placeholders, boolean deletable,
                              TemplateBody body) {
}
