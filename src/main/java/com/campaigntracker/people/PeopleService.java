package com.campaigntracker.people;

import com.campaigntracker.shared.audit.AdminAuditLog;
import com.campaigntracker.shared.audit.AuditKind;
import com.campaigntracker.shared.security.CurrentUser;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People, their departments and their accounts. */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    private final PersonRepository persons;
    private final AccountSessions sessions;
    private final SignInGuard guard;
    private final DepartmentRepository departments;
    private final PasswordEncoder passwordEncoder;
    private final jakarta.validation.Validator validator;
    private final AdminAuditLog audit;
    private final ApplicationEventPublisher events;
    private final boolean demoMode;
    private final java.time.Clock clock;
    private final SignInSettings signInSettings;
    private static final Logger log = LoggerFactory.getLogger(PeopleService.class);

    PeopleService(PersonRepository persons, DepartmentRepository departments, PasswordEncoder passwordEncoder,
                  jakarta.validation.Validator validator, AdminAuditLog audit, ApplicationEventPublisher events,
                  @Value("${app.demo-data:false}") boolean demoMode, AccountSessions sessions, SignInGuard guard,
                  java.time.Clock clock, SignInSettings signInSettings) {
        this.clock = clock;
        this.signInSettings = signInSettings;
        this.sessions = sessions;
        this.guard = guard;
        this.validator = validator;
        this.audit = audit;
        this.events = events;
        this.demoMode = demoMode;
        this.persons = persons;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
    }

    /** For sign-in only: the account with its password hash and role. */
    public Optional<PersonPrincipal> principalFor(String username) {
        return persons.findByUsername(username).map(PersonPrincipal::new);
    }

    /**
     * For what signs a person in without asking them (API tokens, calendar feeds): their account while it may
     * act on its own — enabled and, for a directory's person, seen at a sign-in through the directory within
     * {@code app.sso.reverify-after}, so that a person the directory disabled is not let in by a token.
     */
    public Optional<PersonPrincipal> standingPrincipal(long personId) {
        java.time.Instant since = clock.instant().minus(signInSettings.reverifyAfter());
        return persons.findById(personId).filter(Person::isEnabled)
                .filter(p -> p.getDirectorySource() == null
                        || (p.getDirectorySeenAt() != null && p.getDirectorySeenAt().isAfter(since)))
                .map(PersonPrincipal::new);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Person> findByUsername(String username) {
        return persons.findByUsername(username);
    }

    @PreAuthorize("isAuthenticated()")
    public List<PersonOption> people() {
        return persons.findAllWithDepartment().stream().map(PersonOption::of).toList();
    }

    /** The given people who may still sign in, as pickers show them, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<PersonOption> activeOptions(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : persons.findEnabledWithDepartment(ids).stream().map(PersonOption::of).toList();
    }

    /** Everyone's department name by person id (null for someone without one), read without loading people. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Map<Long, String> departmentNames() {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        persons.departmentNames().forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    /** Everyone, with their departments, in one query: for resolving many names at once. */
    @PreAuthorize("isAuthenticated()")
    public List<Person> everyone() {
        return persons.findAllWithDepartment();
    }

    @PreAuthorize("isAuthenticated()")
    public List<DepartmentOption> departments() {
        return departments.findAll(Sort.by("name")).stream().map(d -> new DepartmentOption(d.getId(), d.getName())).toList();
    }

    /** For references from other modules' entities (a manager, an owner). */
    @PreAuthorize("isAuthenticated()")
    public Optional<Person> person(long id) {
        return persons.findById(id);
    }

    /** Display names of the given people in one query (histories and lists name many at once). */
    @PreAuthorize("isAuthenticated()")
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        java.util.List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!wanted.isEmpty()) {
            persons.findAllById(wanted).forEach(p -> names.put(p.getId(), p.getDisplayName()));
        }
        return names;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Department> department(long id) {
        return departments.findById(id);
    }

    @PreAuthorize("isAuthenticated()")
    public long countPeople() {
        return persons.count();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Department createDepartment(String name) {
        Department created = departments.save(new Department(name));
        audit.record(AuditKind.DEPARTMENT_CREATED, name, created.getId(), null, AdminAuditLog.values("name", name));
        return created;
    }

    /**
     * For the demo data (and test fixtures, which run with it) only: no password rules, no forced change,
     * so the demo's documented {@code admin}/{@code demo} passwords work. Refused unless {@code app.demo-data}
     * is on, so no production path can create an account with a known password (H1).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Person createPerson(String username, String displayName, Role role, Department department,
                               String rawPassword) {
        if (!demoMode) {
            throw new IllegalStateException("createPerson skips the password rules: it is for the demo data only");
        }
        return persons.save(new Person(username, displayName, role, department, passwordEncoder.encode(rawPassword)));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void makeHead(Department department, Person head) {
        Department managed = departments.findById(department.getId()).orElseThrow();
        Person before = managed.getHead();
        Person after = persons.findById(head.getId()).orElseThrow();
        managed.setHead(after);
        audit.record(AuditKind.DEPARTMENT_HEAD, managed.getName(), managed.getId(),
                AdminAuditLog.values("head", before == null ? null : before.getDisplayName() + " (" + before.getUsername() + ")"),
                AdminAuditLog.values("head", after.getDisplayName() + " (" + after.getUsername() + ")"));
    }

    /** Everyone with their accounts, for the administration. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Person> accounts() {
        return persons.findAllWithDepartment();
    }

    /** A new account; its username must be free. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Person create(PersonDetails details, String rawPassword) {
        validate(details);
        String username = details.getUsername().strip();
        if (persons.findByUsername(username).isPresent()) {
            throw new PeopleAdminException("people.error.usernameTaken", username);
        }
        PasswordPolicy.check(username, rawPassword);
        Person person = new Person(username, details.getDisplayName().strip(), details.getRole(),
                department(details), passwordEncoder.encode(rawPassword));
        apply(details, person);
        person.setPasswordChangeRequired(true); // the administrator knows it: the person chooses their own
        Person saved = persons.save(person);
        audit.record(AuditKind.PERSON_CREATED, subject(saved), saved.getId(), null, describe(saved));
        return saved;
    }

    /**
     * Changes a person's name, e-mail, department, role and whether they may sign in. Nobody is
     * deleted: people hold history (R17), so leaving means being deactivated. The username stays.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void update(long personId, long version, PersonDetails details) {
        validate(details);
        Person person = persons.findById(personId).orElseThrow();
        if (person.getVersion() != version) {
            throw new PeopleAdminException("people.error.conflict", person.getDisplayName());
        }
        boolean staysAdmin = details.isEnabled() && details.getRole() == Role.ADMIN;
        if (person.isEnabled() && person.getRole() == Role.ADMIN && !staysAdmin && persons.countEnabledAdmins() <= 1) {
            throw new PeopleAdminException("people.error.lastAdmin");
        }
        boolean accountChanged = person.getRole() != details.getRole() || person.isEnabled() != details.isEnabled();
        String before = describe(person);
        person.setDisplayName(details.getDisplayName().strip());
        person.setRole(details.getRole());
        person.setDepartment(department(details));
        apply(details, person);
        if (accountChanged) {
            person.endSessions(); // M2: a demoted or deactivated person's open sessions end at their next request
        }
        if (!person.isEnabled()) {
            events.publishEvent(new AccountAccessWithdrawn(person.getId())); // their tokens and feeds too
        }
        String after = describe(person);
        if (!before.equals(after)) {
            audit.record(AuditKind.PERSON_CHANGED, subject(person), person.getId(), before, after);
        }
    }

    /** A new password the administrator tells the person; they must choose their own at the next sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long personId, String rawPassword) {
        Person person = persons.findById(personId).orElseThrow();
        if (person.getDirectorySource() != null) { // their password is the directory's: one of ours would outlive it there
            throw new PeopleAdminException("people.error.directoryPassword", person.getDisplayName());
        }
        PasswordPolicy.check(person.getUsername(), rawPassword);
        person.setPasswordHash(passwordEncoder.encode(rawPassword));
        person.setPasswordChangeRequired(true);
        person.endSessions(); // M2: whoever signed in with the old password is signed out
        audit.record(AuditKind.PASSWORD_RESET, subject(person), person.getId(), null, AdminAuditLog.values("password", "changed"));
        events.publishEvent(new PasswordWasReset(person.getId()));
        events.publishEvent(new AccountAccessWithdrawn(person.getId())); // whatever the old password made, too
    }

    // ---- the signed-in person's own account (My account) ----

    /** The signed-in person's own settings, for My account. */
    @PreAuthorize("isAuthenticated()")
    public AccountDetails myAccount() {
        return AccountDetails.of(me());
    }

    /**
     * Changes the signed-in person's own password: the current one must be given (a wrong one is refused
     * without saying more, and changes nothing), the new one follows the rules and differs from it.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Person person = me();
        if (person.getDirectorySource() != null) {
            throw new PeopleAdminException("account.error.directoryPassword");
        }
        // the current password is guessed here no more than at the login form: the same count and lock of the name
        String account = SignInThrottle.accountKey(person.getUsername());
        SignInThrottle.Attempt attempt = guard.letIn(account, "account:" + account);
        if (!attempt.allowed()) {
            throw new PeopleAdminException(attempt.locked() ? "account.error.tooManyAttempts" : "account.error.busy");
        }
        boolean right = false;
        try {
            right = currentPassword != null && passwordEncoder.matches(currentPassword, person.getPasswordHash());
        } finally {
            guard.land(attempt, right);
        }
        if (!right) {
            throw new PeopleAdminException("account.error.currentPassword");
        }
        PasswordPolicy.check(person.getUsername(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new PeopleAdminException("password.error.same");
        }
        person.setPasswordHash(passwordEncoder.encode(newPassword));
        person.setPasswordChangeRequired(false);
        sessions.endOtherSessions(person); // M2: the other sessions end, this one goes on
    }

    /** The signed-in person's name, e-mail, language and e-mail choices; a stale version is refused. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void updateMyAccount(AccountDetails details) {
        validate(details);
        Person person = me();
        if (person.getVersion() != details.getVersion()) {
            throw new PeopleAdminException("people.error.conflict", person.getDisplayName());
        }
        if (person.getDirectorySource() == null) { // else the directory's name and address, renewed at each sign-in
            person.setDisplayName(details.getDisplayName().strip());
            person.setEmail(details.getEmail() == null || details.getEmail().isBlank() ? null : details.getEmail().strip());
        }
        person.setLanguage(AccountDetails.languageTag(details.getLanguage()));
        person.setMutedTopics(details.getMutedTopics());
    }

    /** Whether this person must choose a new password before doing anything else (read on every navigation). */
    @PreAuthorize("isAuthenticated()")
    public boolean passwordChangeRequired(Long personId) {
        return personId != null && persons.passwordChangeRequired(personId).orElse(false);
    }

    /** The language a person chose in My account, to apply when they sign in (no one is signed in yet); empty when none. */
    public Optional<Locale> languageOf(String username) {
        return persons.findByUsername(username).map(Person::getLanguage).filter(Objects::nonNull).map(Locale::forLanguageTag);
    }

    /**
     * At start outside demo mode: an enabled account among these whose password is still one of these
     * well-known ones (the demo's) is disabled, logged and recorded; anyone can guess it. Says how many.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int disableAccountsWithKnownPasswords(Collection<String> usernames, Collection<String> knownPasswords) {
        int disabled = 0;
        for (String username : usernames) {
            Person person = persons.findByUsername(username).orElse(null);
            if (person == null || !person.isEnabled()) {
                continue;
            }
            if (knownPasswords.stream().anyMatch(p -> passwordEncoder.matches(p, person.getPasswordHash()))) {
                String before = describe(person);
                person.setEnabled(false);
                person.endSessions();
                audit.record(AuditKind.PERSON_CHANGED, subject(person), person.getId(), before, describe(person),
                        "the password is a well-known default and the app is not in demo mode");
                log.error("The account '{}' still has a well-known default password and app.demo-data is off: it has been"
                        + " disabled. An administrator can enable it again after resetting its password.", username);
                disabled++;
            }
        }
        return disabled;
    }

    /** For the first start: is there an administrator who can sign in? */
    public long countEnabledAdmins() {
        return persons.countEnabledAdmins();
    }

    /**
     * The first administrator, from the environment or the set-up page (callers check that none exists).
     * An existing account of that username becomes that administrator again (the way back in when every
     * administrator was lost); the password rules apply.
     */
    @Transactional
    Person createFirstAdministrator(String username, String displayName, String rawPassword, boolean mustChange,
                                    String how) {
        PasswordPolicy.check(username, rawPassword);
        Person person = persons.findByUsername(username).orElse(null);
        String before = person == null ? null : describe(person);
        if (person == null) {
            person = persons.save(new Person(username, displayName, Role.ADMIN, null, passwordEncoder.encode(rawPassword)));
        } else {
            person.linkTo(null, null); // the way back in is this password, never a directory's person of that name
            person.setRole(Role.ADMIN);
            person.setEnabled(true);
            person.setPasswordHash(passwordEncoder.encode(rawPassword));
            person.endSessions();
        }
        person.setPasswordChangeRequired(mustChange);
        audit.record(before == null ? AuditKind.PERSON_CREATED : AuditKind.PERSON_CHANGED, subject(person), person.getId(),
                before, describe(person), how);
        return person;
    }

    private Person me() {
        Long id = CurrentUser.personId();
        if (id == null) {
            throw new org.springframework.security.access.AccessDeniedException("Nobody is signed in");
        }
        return persons.findById(id).orElseThrow();
    }

    static String subject(Person p) {
        return p.getDisplayName() + " (" + p.getUsername() + ")";
    }

    /** What an administrator may change about a person, as the audit log shows it before and after. */
    static String describe(Person p) {
        return AdminAuditLog.values("name", p.getDisplayName(), "e-mail", p.getEmail(), "role", p.getRole(),
                "department", p.getDepartment() == null ? null : p.getDepartment().getName(), "enabled", p.isEnabled());
    }

    private void apply(PersonDetails details, Person person) {
        person.setEmail(details.getEmail() == null || details.getEmail().isBlank() ? null : details.getEmail().strip());
        person.setEnabled(details.isEnabled());
    }

    private Department department(PersonDetails details) {
        return details.getDepartmentId() == null ? null : departments.findById(details.getDepartmentId()).orElseThrow();
    }

    private void validate(Object details) {
        var violations = validator.validate(details);
        if (!violations.isEmpty()) {
            throw new jakarta.validation.ConstraintViolationException(violations);
        }
    }

    /** People who may no longer sign in; pickers leave them out unless they still hold something. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<Long> inactivePersonIds() {
        return persons.findAll().stream().filter(p -> !p.isEnabled()).map(Person::getId)
                .collect(java.util.stream.Collectors.toSet());
    }
}
