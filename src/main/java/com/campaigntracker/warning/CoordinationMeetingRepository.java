package com.campaigntracker.warning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoordinationMeetingRepository extends JpaRepository<CoordinationMeeting, Long> {

    List<CoordinationMeeting> findByExplanationIdInOrderByHeldOnAscIdAsc(Collection<Long> explanationIds);
}
