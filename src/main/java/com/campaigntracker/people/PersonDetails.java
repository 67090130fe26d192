package com.campaigntracker.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator types for a person; bound to the form, checked again by the service. */
public class PersonDetails {

    public static final int PASSWORD_MIN = PasswordPolicy.MIN_LENGTH;

    @NotBlank
    @Size(max = Person.USERNAME_MAX)
    @Pattern(regexp = "[A-Za-z0-9._-]*")
    private String username = "";

    @NotBlank
    @Size(max = Person.DISPLAY_NAME_MAX)
    private String displayName = "";

    @Email
    @Size(max = 200)
    private String email;

    @NotNull
    private Role role = Role.MEMBER;

    private Long departmentId;

    private boolean enabled = true;

    public static PersonDetails of(Person p) {
        PersonDetails d = new PersonDetails();
        d.username = p.getUsername();
        d.displayName = p.getDisplayName();
        d.email = p.getEmail();
        d.role = p.getRole();
        d.departmentId = p.getDepartment() == null ? null : p.getDepartment().getId();
        d.enabled = p.isEnabled();
        return d;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
