package com.campaigntracker.people;

/** One role per account; Spring Security sees it as ROLE_<name>. */
public enum Role {
    /** Maintains people, departments and the working-day calendar; sees everything. */
    ADMIN,
    /** Project manager: plans, publishes and steers projects. */
    MANAGER,
    /** Department head: receives escalations for the department's projects. */
    HEAD,
    /** Does the tasks and updates their progress. */
    MEMBER;

    public String authority() {
        return "ROLE_" + name();
    }
}
