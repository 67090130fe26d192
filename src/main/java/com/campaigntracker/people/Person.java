package com.campaigntracker.people;

import com.campaigntracker.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Someone who works on campaigns; also the account they sign in with. */
@Entity
public class Person extends AbstractEntity {

    public static final int USERNAME_MAX = 50;
    public static final int DISPLAY_NAME_MAX = 100;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Pattern(regexp = "[a-z0-9._-]+")
    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    /** The name people know them by, as written in the progress table (e.g. 张经理). */
    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Email
    @Size(max = 200)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    private boolean enabled = true;

    /** Raised to end every session signed in before (M2); see {@link #endSessions()}. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    /** Set by an administrator's reset, an account an administrator created, the initial administrator. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /** The language the person chose in My account (a tag such as zh-CN), applied when they sign in. */
    @Size(max = 10)
    @Column(length = 10)
    private String language;

    /** The notice groups the person does not want by e-mail, e.g. "WARNINGS,TASKS"; null: all of them. */
    @Column(name = "mail_muted", length = 200)
    private String mailMuted;

    /** The directory the person signs in through (null: a local account with its own password). */
    @Enumerated(EnumType.STRING)
    @Column(name = "directory_source", length = 20)
    private DirectorySource directorySource;

    /** Who the person is in that directory: its never-changing id (OIDC {@code sub}, LDAP entryUUID or DN). */
    @Column(name = "directory_subject", length = 255)
    private String directorySubject;

    /** The person's last sign-in through that directory: what works without one (tokens, feeds) lasts a while after it. */
    @Column(name = "directory_seen_at")
    private java.time.Instant directorySeenAt;

    protected Person() {
    }

    public Person(String username, String displayName, Role role, Department department, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.department = department;
        this.passwordHash = passwordHash;
    }

    public String getUsername() {
        return username;
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

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    /**
     * Ends every open session of this person, on every instance, at its next request: sessions hold the
     * epoch they were signed in with, and a filter refuses one whose epoch is behind (SignedInSessionFilter).
     */
    public void endSessions() {
        sessionEpoch++;
    }

    public DirectorySource getDirectorySource() {
        return directorySource;
    }

    /** Links this account to the directory's person (null, null: unlinks it); from now on the directory says who they are. */
    void linkTo(DirectorySource source, String subject) {
        this.directorySource = source;
        this.directorySubject = subject;
        this.directorySeenAt = null;
    }

    public java.time.Instant getDirectorySeenAt() {
        return directorySeenAt;
    }

    void seenByDirectory(java.time.Instant at) {
        this.directorySeenAt = at;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    /** Whether the person receives notices of this group by e-mail (everyone does until they say otherwise). */
    public boolean wantsMail(MailTopic topic) {
        return !mutedTopics().contains(topic);
    }

    public java.util.Set<MailTopic> mutedTopics() {
        java.util.EnumSet<MailTopic> muted = java.util.EnumSet.noneOf(MailTopic.class);
        if (mailMuted != null) {
            for (String name : mailMuted.split(",")) {
                java.util.Arrays.stream(MailTopic.values()).filter(t -> t.name().equals(name.strip())).forEach(muted::add);
            }
        }
        return muted;
    }

    void setMutedTopics(java.util.Set<MailTopic> muted) {
        this.mailMuted = muted == null || muted.isEmpty() ? null
                : muted.stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
    }
}
