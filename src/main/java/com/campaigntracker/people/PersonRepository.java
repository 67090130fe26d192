package com.campaigntracker.people;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = "department")
    Optional<Person> findByUsername(String username);
}
