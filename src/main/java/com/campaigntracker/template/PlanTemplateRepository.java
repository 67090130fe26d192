package com.campaigntracker.template;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTemplateRepository extends JpaRepository<PlanTemplate, Long> {

    List<PlanTemplate> findAllByOrderByCreatedAtDesc();

    /** Deletes the template; 0 when someone deleted it first. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from PlanTemplate t where t.id = :id")
    int deleteAndCount(@org.springframework.data.repository.query.Param("id") long id);
}
