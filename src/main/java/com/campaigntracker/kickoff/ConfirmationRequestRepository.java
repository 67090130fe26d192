package com.campaigntracker.kickoff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConfirmationRequestRepository extends JpaRepository<ConfirmationRequest, Long> {

    /** Oldest publication first, so that the last one per person is their current request. */
    @Query("select r from ConfirmationRequest r join fetch r.publication p where p.projectId = :projectId"
            + " order by p.number, r.id")
    List<ConfirmationRequest> findAllOfProject(long projectId);

    @Query("select distinct p.projectId from ConfirmationRequest r join r.publication p where r.personId = :personId")
    List<Long> projectIdsAskingPerson(long personId);
}
