package com.campaigntracker.discussion;

import com.campaigntracker.plan.HistoryEntry;
import com.campaigntracker.plan.ItemHistorySource;
import java.util.List;
import org.springframework.stereotype.Component;

/** Each comment on a task, in the task's history; a deleted one as deleted (the history service checked who may see it). */
@Component
class CommentHistory implements ItemHistorySource {

    private final CommentRepository comments;

    CommentHistory(CommentRepository comments) {
        this.comments = comments;
    }

    @Override
    public List<Added> of(long itemId) {
        return comments.findByWorkItemIdOrderByCreatedAtAscIdAsc(itemId).stream()
                .map(c -> new Added(c.getCreatedAt(), c.getAuthorId(), HistoryEntry.Kind.COMMENTED,
                        c.isDeleted() ? new HistoryEntry.Change("history.commentDeleted", null, "—")
                                : new HistoryEntry.Change("history.comment", null, c.getBody())))
                .toList();
    }
}
