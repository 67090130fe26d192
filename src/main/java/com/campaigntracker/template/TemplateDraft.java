package com.campaigntracker.template;

import java.util.Map;

/**
 * What a manager gives to save a project as a template.
 *
 * @param labels placeholder labels by key, as edited ("设计部 designer"); keys left out keep their default
 * @param managerLabel the manager placeholder's default label, in the user's language
 */
public record TemplateDraft(String name, String description, Map<String, String> labels, String managerLabel) {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int LABEL_MAX = 100;
}
