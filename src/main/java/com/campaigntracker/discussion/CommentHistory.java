package com.campaigntracker.discussion;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.HistoryEntry;
import com.campaigntracker.plan.ItemHistorySource;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Each comment on a task, in the task's history; a deleted one as deleted (the history service checked who may see it). */
@Component
class CommentHistory implements ItemHistorySource {

    private final CommentRepository comments;
    private final PeopleService people;

    CommentHistory(CommentRepository comments, PeopleService people) {
        this.comments = comments;
        this.people = people;
    }

    @Override
    public List<HistoryEntry> of(long itemId) {
        List<Comment> found = comments.findByWorkItemIdOrderByCreatedAtAscIdAsc(itemId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonOption> who = people.people().stream().collect(Collectors.toMap(PersonOption::id, Function.identity()));
        return found.stream().map(c -> {
            PersonOption p = who.get(c.getAuthorId());
            return new HistoryEntry(c.getCreatedAt(), p == null ? "?" : p.username(), p == null ? null : p.displayName(),
                    HistoryEntry.Kind.COMMENTED, List.of(new HistoryEntry.Change(
                    c.isDeleted() ? "history.commentDeleted" : "history.comment", null, c.isDeleted() ? "—" : c.getBody())));
        }).toList();
    }
}
