package com.campaigntracker.discussion;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.ItemRef;
import com.campaigntracker.plan.ProgressService;
import com.campaigntracker.plan.ProjectService;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.shared.text.TextLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion on a task or a project: anyone who may see the project reads and writes; the author
 * edits within {@code app.discussion.edit-window} (the edit is marked); the author or the project's
 * manager deletes (a trace stays). Mentions are resolved against the project's people when written;
 * anything else named is ignored. Comments are plain text: no view renders them as HTML.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class DiscussionService {

    /** One comment as the discussion shows it: a deleted one keeps who deleted it and when, no text. */
    public record CommentLine(long id, long version, Long itemId, String itemName, long authorId, String authorName,
                              String body, Instant createdAt, Instant editedAt, Instant deletedAt, String deletedByName,
                              List<Long> mentions, boolean mayEdit, boolean mayDelete) {
    }

    /**
     * A discussion as a page shows it: the project's whole one (no item), or one task's. {@code open} is false
     * for a task deleted since: its comments stay readable with the name it had, and nobody adds to them.
     */
    public record Discussion(long projectId, String projectName, Long itemId, String itemName, boolean open,
                             List<CommentLine> comments) {
    }

    /** Someone a comment can name: the project's people. */
    public record Mentionable(long id, String name, String department) {
    }

    private final CommentRepository comments;
    private final ProjectService projects;
    private final ProgressService items;
    private final PeopleService people;
    private final MentionNotices notices;
    private final Clock clock;
    private final Duration editWindow;

    DiscussionService(CommentRepository comments, ProjectService projects, ProgressService items, PeopleService people,
                      MentionNotices notices, Clock clock,
                      @Value("${app.discussion.edit-window:PT15M}") Duration editWindow) {
        this.comments = comments;
        this.projects = projects;
        this.items = items;
        this.people = people;
        this.notices = notices;
        this.clock = clock;
        this.editWindow = editWindow;
    }

    /**
     * The project's discussion, or the task's when one is given; empty when the project is not mine to see,
     * or the task is not one of its own (nor was when it was deleted).
     */
    @Transactional(readOnly = true)
    public Optional<Discussion> discussion(long projectId, Long itemId) {
        Optional<String> projectName = projects.nameOf(projectId);
        if (projectName.isEmpty()) {
            return Optional.empty();
        }
        if (itemId == null) {
            return Optional.of(new Discussion(projectId, projectName.get(), null, null, true,
                    lines(projectId, comments.findByProjectIdOrderByCreatedAtAscIdAsc(projectId))));
        }
        Optional<ItemRef> item = items.item(itemId);
        if (item.isPresent()) {
            return item.filter(i -> i.projectId() == projectId).map(i -> new Discussion(projectId, projectName.get(),
                    itemId, i.name(), true,
                    lines(projectId, comments.findByWorkItemIdOrderByCreatedAtAscIdAsc(itemId))));
        }
        List<Comment> kept = comments.findByWorkItemIdOrderByCreatedAtAscIdAsc(itemId).stream()
                .filter(c -> c.getProjectId() == projectId).toList();
        return kept.isEmpty() ? Optional.empty() : Optional.of(new Discussion(projectId, projectName.get(), itemId,
                kept.get(kept.size() - 1).getItemName(), false, lines(projectId, kept)));
    }

    /** The task's discussion, oldest first; empty when the task is gone or not mine to see. */
    @Transactional(readOnly = true)
    public List<CommentLine> ofTask(long itemId) {
        return items.projectOf(itemId)
                .map(projectId -> lines(projectId, comments.findByWorkItemIdOrderByCreatedAtAscIdAsc(itemId)))
                .orElse(List.of());
    }

    /**
     * The project's whole discussion, oldest first: on the project as a whole and on each of its tasks
     * (deleted ones too); empty when it is not mine to see.
     */
    @Transactional(readOnly = true)
    public List<CommentLine> ofProject(long projectId) {
        return projects.isVisible(projectId)
                ? lines(projectId, comments.findByProjectIdOrderByCreatedAtAscIdAsc(projectId))
                : List.of();
    }

    /** Writes a comment on a task and tells the people it names; returns its id. */
    public long commentOnTask(long itemId, String body, Collection<Long> mentionIds) {
        items.requireProjectOf(itemId);
        ItemRef item = items.item(itemId).orElseThrow();
        return write(item.projectId(), item.projectName(), item.id(), item.name(), body, mentionIds);
    }

    /** Writes a comment on the project as a whole and tells the people it names; returns its id. */
    public long commentOnProject(long projectId, String body, Collection<Long> mentionIds) {
        String projectName = projects.nameOf(projectId).orElseThrow(() -> new AccessDeniedException("Not your project"));
        return write(projectId, projectName, null, null, body, mentionIds);
    }

    /** The author changes the text within the edit window; the comment shows it was edited. */
    public void edit(long commentId, long version, String body, Collection<Long> mentionIds) {
        Comment comment = current(commentId, version);
        long me = CurrentUser.require().personId();
        if (comment.getAuthorId() != me) {
            throw new AccessDeniedException("Not your comment");
        }
        if (clock.instant().isAfter(comment.getCreatedAt().plus(editWindow))) {
            throw new TranslatableException("discussion.error.editWindowOver", editWindow.toMinutes());
        }
        Set<Long> before = Set.copyOf(comment.getMentions());
        comment.edit(text(body), mentioned(comment.getProjectId(), mentionIds), clock.instant());
        List<Long> added = comment.getMentions().stream().filter(id -> !before.contains(id)).toList();
        if (!added.isEmpty()) { // only those the edit names anew: the others were told already
            String projectName = projects.nameOf(comment.getProjectId()).orElseThrow();
            notices.tell(added, me, comment.getProjectId(), projectName, comment.getWorkItemId(), comment.getItemName(),
                    comment.getId(), comment.getBody());
        }
    }

    /** The author or the project's manager (or an admin) deletes; who and when stay visible. */
    public void delete(long commentId, long version) {
        Comment comment = current(commentId, version);
        long me = CurrentUser.require().personId();
        if (comment.getAuthorId() != me && !managesProject(comment.getProjectId())) {
            throw new AccessDeniedException("Not your comment");
        }
        comment.delete(me, clock.instant());
    }

    /**
     * The project's people matching what was typed after {@code @}: by name, department, pinyin or pinyin
     * initials ({@code zjl} finds 张经理), names that start with it first; at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<Mentionable> mentionable(long projectId, String typed, int limit) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        record Scored(PersonOption person, int rank) {
        }
        return people.activeOptions(projects.participants(projectId)).stream()
                .map(p -> new Scored(p, rank(p, q))).filter(s -> s.rank() >= 0)
                .sorted(Comparator.comparingInt(Scored::rank)) // stable: by name within a rank
                .limit(Math.max(0, limit))
                .map(s -> new Mentionable(s.person().id(), s.person().displayName(), s.person().departmentName()))
                .toList();
    }

    /** 0: the name or its pinyin starts with what was typed; 1: it is found elsewhere; -1: not at all. */
    private static int rank(PersonOption p, String q) {
        if (q.isEmpty()) {
            return 0;
        }
        String name = p.displayName().toLowerCase(Locale.ROOT);
        Set<String> keys = PinyinKeys.of(p.displayName());
        if (name.startsWith(q) || keys.stream().anyMatch(k -> k.startsWith(q))) {
            return 0;
        }
        boolean elsewhere = name.contains(q)
                || (p.departmentName() != null && p.departmentName().toLowerCase(Locale.ROOT).contains(q));
        return elsewhere ? 1 : -1;
    }

    private long write(long projectId, String projectName, Long itemId, String itemName, String body,
                       Collection<Long> mentionIds) {
        long me = CurrentUser.require().personId();
        Comment comment = comments.save(new Comment(projectId, itemId, itemName, me, text(body),
                mentioned(projectId, mentionIds), clock.instant()));
        notices.tell(comment.getMentions(), me, projectId, projectName, itemId, itemName, comment.getId(),
                comment.getBody());
        return comment.getId();
    }

    private static String text(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new TranslatableException("discussion.error.empty");
        }
        return TextLimit.require(text, Comment.BODY_MAX, "discussion.comment");
    }

    /** The named people who take part in the project, in the order named. */
    private Set<Long> mentioned(long projectId, Collection<Long> mentionIds) {
        if (mentionIds == null || mentionIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> participants = projects.participants(projectId);
        Set<Long> named = new LinkedHashSet<>();
        mentionIds.stream().filter(participants::contains).forEach(named::add);
        return named;
    }

    private Comment current(long commentId, long version) {
        Comment comment = comments.findById(commentId)
                .orElseThrow(() -> new TranslatableException("discussion.error.gone"));
        requireVisible(comment.getProjectId());
        if (comment.isDeleted()) {
            throw new TranslatableException("discussion.error.gone");
        }
        if (comment.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Comment.class, commentId);
        }
        return comment;
    }

    private void requireVisible(long projectId) {
        if (!projects.isVisible(projectId)) {
            throw new AccessDeniedException("Not your project");
        }
    }

    private boolean managesProject(long projectId) {
        return CurrentUser.hasRole("ADMIN") || projects.isManagedByMe(projectId);
    }

    private List<CommentLine> lines(long projectId, List<Comment> found) {
        Set<Long> ids = new LinkedHashSet<>();
        found.forEach(c -> {
            ids.add(c.getAuthorId());
            if (c.getDeletedById() != null) {
                ids.add(c.getDeletedById());
            }
        });
        Map<Long, String> names = ids.isEmpty() ? Map.of() : people.displayNames(ids);
        Long me = CurrentUser.personId(); // none for the system (the demo's report): it reads, never edits
        boolean manager = me != null && managesProject(projectId);
        Instant now = clock.instant();
        return found.stream().map(c -> new CommentLine(c.getId(), c.getVersion(), c.getWorkItemId(), c.getItemName(),
                c.getAuthorId(),
                names.get(c.getAuthorId()), c.getBody(), c.getCreatedAt(), c.getEditedAt(), c.getDeletedAt(),
                c.getDeletedById() == null ? null : names.get(c.getDeletedById()), List.copyOf(c.getMentions()),
                !c.isDeleted() && me != null && c.getAuthorId() == me && !now.isAfter(c.getCreatedAt().plus(editWindow)),
                !c.isDeleted() && me != null && (c.getAuthorId() == me || manager))).toList();
    }
}
