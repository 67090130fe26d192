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

    PersonPrincipal(Person person) {
        super(person.getUsername(), person.getPasswordHash(), person.isEnabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(person.getRole().authority())));
        this.personId = person.getId();
        this.displayName = person.getDisplayName();
        this.role = person.getRole();
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
}
