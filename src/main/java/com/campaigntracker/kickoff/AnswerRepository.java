package com.campaigntracker.kickoff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    @Query("select a from Answer a join fetch a.request r join fetch r.publication p where p.projectId = :projectId"
            + " order by a.answeredAt, a.id")
    List<Answer> findAllOfProject(long projectId);
}
