package com.campaigntracker.tracking;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CadenceChoiceRepository extends JpaRepository<CadenceChoice, Long> {

    List<CadenceChoice> findByWorkItemIdIn(Collection<Long> workItemIds);
}
