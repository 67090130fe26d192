package com.campaigntracker.people;

import com.campaigntracker.shared.audit.AdminAuditLog;
import com.campaigntracker.shared.audit.AuditKind;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of people who sign in through a directory. At their first sign-in a person is linked to an
 * existing account (by a verified e-mail address, then by user name) or created just in time as a member of
 * the department the directory names; an administrator decides the role afterwards. From then on the
 * directory says who they are: their name, e-mail and department follow it at every sign-in, and their
 * local password no longer works, so that a person disabled in the directory cannot come in another way.
 * The break-glass administrators are never linked.
 */
@Service
public class DirectoryAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonRepository persons;
    private final DepartmentRepository departments;
    private final PasswordEncoder passwordEncoder;
    private final AdminAuditLog audit;
    private final SignInSettings settings;
    private final java.time.Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    DirectoryAccounts(PersonRepository persons, DepartmentRepository departments, PasswordEncoder passwordEncoder,
                      AdminAuditLog audit, SignInSettings settings, java.time.Clock clock,
                      org.springframework.context.ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.persons = persons;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.settings = settings;
    }

    /** The account the directory's person signs in as; refused when the app has disabled it. */
    @Transactional
    public PersonPrincipal signIn(DirectoryIdentity who) {
        Person person = persons.findByDirectorySourceAndDirectorySubject(who.source(), who.subject())
                .orElseGet(() -> linkOrCreate(who));
        if (!person.isEnabled()) {
            throw new DisabledException("The account " + person.getUsername() + " is disabled");
        }
        follow(person, who);
        person.seenByDirectory(clock.instant());
        return new PersonPrincipal(person);
    }

    private Person linkOrCreate(DirectoryIdentity who) {
        Person existing = existing(who);
        if (existing != null) {
            String before = PeopleService.describe(existing);
            existing.linkTo(who.source(), who.subject());
            existing.setPasswordHash(unguessable());
            existing.setPasswordChangeRequired(false);
            existing.endSessions(); // sessions signed in with the local password end: the directory decides now
            events.publishEvent(new AccountAccessWithdrawn(existing.getId())); // and tokens or feeds made before
            audit.record(AuditKind.PERSON_CHANGED, PeopleService.subject(existing), existing.getId(), before, PeopleService.describe(existing),
                    "linked at the first sign-in through " + who.source());
            return existing;
        }
        Person created = new Person(freeUsername(who), displayName(who), Role.MEMBER, department(who), unguessable());
        created.setEmail(email(who));
        created.linkTo(who.source(), who.subject());
        Person saved = persons.save(created);
        audit.record(AuditKind.PERSON_CREATED, PeopleService.subject(saved), saved.getId(), null, PeopleService.describe(saved),
                "first sign-in through " + who.source());
        return saved;
    }

    /**
     * The account this person already has: the one with their verified e-mail address (compared exactly, ASCII
     * only, so that no look-alike address stands for it), else, where the company assigns the directory's user
     * names and the operator asked for it, the one with exactly that user name. Never an administrator's.
     */
    private Person existing(DirectoryIdentity who) {
        String email = email(who);
        if (settings.linkByEmail() && who.emailVerified() && email != null && email.chars().allMatch(c -> c < 128)) {
            List<Person> byEmail = persons.findByEmailIgnoringCase(email).stream()
                    .filter(p -> p.getEmail().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)))
                    .filter(this::linkable).toList();
            if (byEmail.size() == 1) {
                return byEmail.get(0);
            }
        }
        if (settings.linkByUsername() && who.source().assignsUserNames() && who.username() != null) {
            String name = who.username().strip().toLowerCase(Locale.ROOT);
            if (name.equals(normalised(name))) { // nothing dropped: the very same name, not one made to look alike
                return persons.findByUsername(name).filter(p -> p.getUsername().equals(name)).filter(this::linkable)
                        .orElse(null);
            }
        }
        return null;
    }

    private boolean linkable(Person p) {
        return p.getDirectorySource() == null && p.getRole() != Role.ADMIN && !settings.isBreakGlass(p.getUsername());
    }

    /** Name, e-mail and department as the directory has them now (what it does not say stays). */
    private void follow(Person person, DirectoryIdentity who) {
        String before = PeopleService.describe(person);
        if (who.displayName() != null && !who.displayName().isBlank()) {
            person.setDisplayName(displayName(who));
        }
        if (email(who) != null) {
            person.setEmail(email(who));
        }
        if (who.department() != null && !who.department().isBlank()) {
            person.setDepartment(department(who));
        }
        String after = PeopleService.describe(person);
        if (!before.equals(after) && person.getId() != null) {
            audit.record(AuditKind.PERSON_CHANGED, PeopleService.subject(person), person.getId(), before, after,
                    "as the directory has it (" + who.source() + ")");
        }
    }

    private Department department(DirectoryIdentity who) {
        String name = who.department() == null ? "" : who.department().strip();
        if (name.isEmpty()) {
            return null;
        }
        String cut = name.length() > Department.NAME_MAX ? name.substring(0, Department.NAME_MAX) : name;
        return departments.findByName(cut).orElseGet(() -> {
            Department created = departments.save(new Department(cut));
            audit.record(AuditKind.DEPARTMENT_CREATED, cut, created.getId(), null, AdminAuditLog.values("name", cut),
                    "named by the directory at a first sign-in");
            return created;
        });
    }

    /** The directory's user name in the app's alphabet, else the e-mail's local part; made unique with -2, -3 … */
    private String freeUsername(DirectoryIdentity who) {
        String base = normalised(who.username());
        if (base.isEmpty() && email(who) != null) {
            base = normalised(email(who).substring(0, email(who).indexOf('@')));
        }
        if (base.isEmpty()) {
            base = "user";
        }
        String candidate = base;
        // a break-glass name is never given to a directory's person, even while no such account exists
        for (int n = 2; persons.findByUsername(candidate).isPresent() || settings.isBreakGlass(candidate); n++) {
            String suffix = "-" + n;
            candidate = base.substring(0, Math.min(base.length(), Person.USERNAME_MAX - suffix.length())) + suffix;
        }
        return candidate;
    }

    static String normalised(String username) {
        if (username == null) {
            return "";
        }
        String lower = username.strip().toLowerCase(Locale.ROOT);
        int at = lower.indexOf('@'); // user@company.com as a user name: the part before the domain
        String plain = (at > 0 ? lower.substring(0, at) : lower).replaceAll("[^a-z0-9._-]", "");
        return plain.length() > Person.USERNAME_MAX ? plain.substring(0, Person.USERNAME_MAX) : plain;
    }

    private static String displayName(DirectoryIdentity who) {
        String name = who.displayName() == null || who.displayName().isBlank()
                ? (who.username() == null || who.username().isBlank() ? who.subject() : who.username())
                : who.displayName();
        String stripped = name.strip();
        return stripped.length() > Person.DISPLAY_NAME_MAX ? stripped.substring(0, Person.DISPLAY_NAME_MAX) : stripped;
    }

    /** The address when it looks like one and fits; a directory's odd value is not worth refusing a sign-in for. */
    private static String email(DirectoryIdentity who) {
        String email = who.email() == null ? null : who.email().strip();
        return email != null && email.length() <= 200 && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? email : null;
    }

    /** A password hash nobody knows the password of: the directory is the only way in. */
    private String unguessable() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(bytes));
    }
}
