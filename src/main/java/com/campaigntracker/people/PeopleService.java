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

    PeopleService(PersonRepository persons, DepartmentRepository departments, PasswordEncoder passwordEncoder) {
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
}
