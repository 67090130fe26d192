package com.campaigntracker.people;

/** A person as pickers show them: 小张 · 设计部. */
public record PersonOption(long id, String username, String displayName, String departmentName, Role role) {

    static PersonOption of(Person p) {
        return new PersonOption(p.getId(), p.getUsername(), p.getDisplayName(),
                p.getDepartment() == null ? null : p.getDepartment().getName(), p.getRole());
    }

    public String label() {
        return departmentName == null ? displayName : displayName + " · " + departmentName;
    }
}
