package com.campaigntracker.people;

import com.campaigntracker.shared.i18n.AppLocales;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a person may change about their own account (My account); bound to the form, checked by the service. */
public class AccountDetails {

    private String username = "";

    @NotBlank
    @Size(max = Person.DISPLAY_NAME_MAX)
    private String displayName = "";

    @Email
    @Size(max = 200)
    private String email;

    /** One of the app's languages, or null for "as the browser says". */
    private Locale language;

    private Set<MailTopic> mutedTopics = EnumSet.noneOf(MailTopic.class);

    private long version;

    /** The directory this person signs in through (their name, e-mail and password are its), or null. */
    private DirectorySource directory;

    public static AccountDetails of(Person p) {
        AccountDetails d = new AccountDetails();
        d.username = p.getUsername();
        d.displayName = p.getDisplayName();
        d.email = p.getEmail();
        d.language = p.getLanguage() == null ? null : AppLocales.fromTag(p.getLanguage());
        d.mutedTopics = EnumSet.noneOf(MailTopic.class);
        d.mutedTopics.addAll(p.mutedTopics());
        d.version = p.getVersion();
        d.directory = p.getDirectorySource();
        return d;
    }

    /** The stored form of a language: one of the app's, as a tag. */
    static String languageTag(Locale language) {
        return language == null ? null : AppLocales.bestMatch(language).toLanguageTag();
    }

    public DirectorySource getDirectory() {
        return directory;
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

    public Locale getLanguage() {
        return language;
    }

    public void setLanguage(Locale language) {
        this.language = language;
    }

    public Set<MailTopic> getMutedTopics() {
        return mutedTopics;
    }

    public void setMutedTopics(Set<MailTopic> mutedTopics) {
        this.mutedTopics = mutedTopics == null ? EnumSet.noneOf(MailTopic.class) : EnumSet.copyOf(
                mutedTopics.isEmpty() ? EnumSet.noneOf(MailTopic.class) : mutedTopics);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
