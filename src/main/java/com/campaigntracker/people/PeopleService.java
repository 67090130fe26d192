package com.campaigntracker.people;

import java.util.List;
import java.util.Optional;
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
    private final DepartmentRepository departments;
    private final PasswordEncoder passwordEncoder;
    private final jakarta.validation.Validator validator;

    PeopleService(PersonRepository persons, DepartmentRepository departments, PasswordEncoder passwordEncoder,
                  jakarta.validation.Validator validator) {
        this.validator = validator;
        this.persons = persons;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
    }

    /** For sign-in only: the account with its password hash and role. */
    public Optional<PersonPrincipal> principalFor(String username) {
        return persons.findByUsername(username).map(PersonPrincipal::new);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Person> findByUsername(String username) {
        return persons.findByUsername(username);
    }

    @PreAuthorize("isAuthenticated()")
    public List<PersonOption> people() {
        return persons.findAllWithDepartment().stream().map(PersonOption::of).toList();
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
        return departments.save(new Department(name));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Person createPerson(String username, String displayName, Role role, Department department,
                               String rawPassword) {
        return persons.save(new Person(username, displayName, role, department, passwordEncoder.encode(rawPassword)));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void makeHead(Department department, Person head) {
        Department managed = departments.findById(department.getId()).orElseThrow();
        managed.setHead(persons.getReferenceById(head.getId()));
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
        requirePassword(rawPassword);
        Person person = new Person(username, details.getDisplayName().strip(), details.getRole(),
                department(details), passwordEncoder.encode(rawPassword));
        apply(details, person);
        return persons.save(person);
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
        person.setDisplayName(details.getDisplayName().strip());
        person.setRole(details.getRole());
        person.setDepartment(department(details));
        apply(details, person);
        if (accountChanged) {
            person.endSessions(); // M2: a demoted or deactivated person's open sessions end at their next request
        }
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long personId, String rawPassword) {
        requirePassword(rawPassword);
        Person person = persons.findById(personId).orElseThrow();
        person.setPasswordHash(passwordEncoder.encode(rawPassword));
        person.endSessions(); // M2: whoever signed in with the old password is signed out
    }

    private void apply(PersonDetails details, Person person) {
        person.setEmail(details.getEmail() == null || details.getEmail().isBlank() ? null : details.getEmail().strip());
        person.setEnabled(details.isEnabled());
    }

    private Department department(PersonDetails details) {
        return details.getDepartmentId() == null ? null : departments.findById(details.getDepartmentId()).orElseThrow();
    }

    private void validate(PersonDetails details) {
        var violations = validator.validate(details);
        if (!violations.isEmpty()) {
            throw new jakarta.validation.ConstraintViolationException(violations);
        }
    }

    private static void requirePassword(String rawPassword) {
        if (rawPassword == null || rawPassword.length() < PersonDetails.PASSWORD_MIN) {
            throw new PeopleAdminException("people.error.password", PersonDetails.PASSWORD_MIN);
        }
    }

    /** People who may no longer sign in; pickers leave them out unless they still hold something. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<Long> inactivePersonIds() {
        return persons.findAll().stream().filter(p -> !p.isEnabled()).map(Person::getId)
                .collect(java.util.stream.Collectors.toSet());
    }
}
