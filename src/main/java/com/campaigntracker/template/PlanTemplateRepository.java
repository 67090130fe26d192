package com.campaigntracker.template;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTemplateRepository extends JpaRepository<PlanTemplate, Long> {

    List<PlanTemplate> findAllByOrderByCreatedAtDesc();
}
