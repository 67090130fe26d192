package com.campaigntracker.people;

import com.campaigntracker.shared.security.SignedInUser;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in account as Spring Security holds it; serialisable with the HTTP session. */
public class PersonPrincipal extends User implements SignedInUser {

    private final Long personId;
    private final String displayName;
    private final Role role;
    /** The person's session epoch at sign-in; behind the database's, this session has ended (M2). */
    private volatile int sessionEpoch;
    /** Whether the account signs in through a directory (its password of the app must not work). */
    private final boolean directoryAccount;

    PersonPrincipal(Person person) {
        super(person.getUsername(), person.getPasswordHash(), person.isEnabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(person.getRole().authority())));
        this.personId = person.getId();
        this.displayName = person.getDisplayName();
        this.role = person.getRole();
        this.sessionEpoch = person.getSessionEpoch();
        this.directoryAccount = person.getDirectorySource() != null;
    }

    /** The same account, signed in another way (a directory's principal adds what the directory said). */
    protected PersonPrincipal(PersonPrincipal account) {
        super(account.getUsername(), "", account.isEnabled(), true, true, true, account.getAuthorities());
        this.personId = account.personId;
        this.displayName = account.displayName;
        this.role = account.role;
        this.sessionEpoch = account.sessionEpoch;
        this.directoryAccount = account.directoryAccount;
    }

    public boolean directoryAccount() {
        return directoryAccount;
    }

    @Override
    public Long personId() {
        return personId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String roleKey() {
        return "role." + role.name();
    }

    public Role role() {
        return role;
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    /** Keeps this (the current) session when its own person ended their other sessions. */
    void keepAt(int epoch) {
        sessionEpoch = epoch;
    }
}
