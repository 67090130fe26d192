package com.campaigntracker.template;

import java.util.Map;

/**
 * What a manager gives to save a project as a template.
 *
 * @param labels placeholder labels by key, as edited ("设计部 designer"); keys left out keep their default
 * @param managerLabel the manager placeholder's default label, in the user's language
 */
public record TemplateDraft(String name, String description, Map<String, String> labels, String managerLabel) {
}
