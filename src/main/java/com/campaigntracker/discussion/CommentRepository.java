package com.campaigntracker.discussion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

    /** A task's discussion, oldest first. */
    List<Comment> findByWorkItemIdOrderByCreatedAtAscIdAsc(long workItemId);

    /** The project's whole discussion (on the project and on its tasks), oldest first. */
    List<Comment> findByProjectIdOrderByCreatedAtAscIdAsc(long projectId);
}
