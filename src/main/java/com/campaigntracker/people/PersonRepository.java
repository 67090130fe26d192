package com.campaigntracker.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = "department")
    Optional<Person> findByUsername(String username);

    /** By name, then the earliest created first: a table's name shared by two people stands for the same one every time. */
    @Query("select p from Person p left join fetch p.department order by p.displayName, p.id")
    List<Person> findAllWithDepartment();

    /** The given people who may still sign in, with their departments, by name. */
    @Query("select p from Person p left join fetch p.department where p.id in :ids and p.enabled = true"
            + " order by p.displayName, p.id")
    List<Person> findEnabledWithDepartment(@org.springframework.data.repository.query.Param("ids")
                                           java.util.Collection<Long> ids);

    /** Everyone's id and department name (null: none): [id, name], no entities. */
    @Query("select p.id, d.name from Person p left join p.department d")
    List<Object[]> departmentNames();

    @org.springframework.data.jpa.repository.Query(
            "select count(p) from Person p where p.role = com.campaigntracker.people.Role.ADMIN and p.enabled = true")
    long countEnabledAdmins();

    @Query("select p.passwordChangeRequired from Person p where p.id = :id")
    Optional<Boolean> passwordChangeRequired(@org.springframework.data.repository.query.Param("id") Long id);

    @EntityGraph(attributePaths = "department")
    Optional<Person> findByDirectorySourceAndDirectorySubject(DirectorySource source, String subject);

    /** People with this e-mail address, whatever its case (a directory may write it differently). */
    @Query("select p from Person p left join fetch p.department where lower(p.email) = lower(:email)")
    List<Person> findByEmailIgnoringCase(@org.springframework.data.repository.query.Param("email") String email);
}
