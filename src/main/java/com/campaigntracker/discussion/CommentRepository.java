package com.campaigntracker.discussion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

    /** A task's discussion, oldest first. */
    List<Comment> findByWorkItemIdOrderByCreatedAtAscIdAsc(long workItemId);

    /** The discussion on the project as a whole (not on one of its tasks), oldest first. */
    List<Comment> findByProjectIdAndWorkItemIdIsNullOrderByCreatedAtAscIdAsc(long projectId);
}
