package com.campaigntracker.discussion;

import com.campaigntracker.plan.DeliverableRejected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The A's reason for rejecting a deliverable becomes a comment of the A on the task, naming the versions judged. */
@Component
class RejectionComments {

    private final DiscussionService discussion;

    RejectionComments(DiscussionService discussion) {
        this.discussion = discussion;
    }

    /** In the A's transaction: the rejection and its comment stand or fall together. */
    @EventListener
    void on(DeliverableRejected rejected) {
        String body = rejected.judged().isEmpty() ? rejected.comment()
                : rejected.comment() + "\n\n📎 " + String.join(", ", rejected.judged());
        if (body.length() > Comment.BODY_MAX) { // many files: the reason is kept whole, their list cut
            body = body.substring(0, Comment.BODY_MAX - 1) + "…";
        }
        discussion.commentOnTask(rejected.itemId(), body, java.util.List.of());
    }
}
