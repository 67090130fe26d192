package com.campaigntracker.discussion;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.PersonOption;
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
    public record CommentLine(long id, long version, long authorId, String authorName, String body, Instant createdAt,
                              Instant editedAt, Instant deletedAt, String deletedByName, List<Long> mentions,
                              boolean mayEdit, boolean mayDelete) {
    }

    /** Someone a comment can name: the project's people. */
    public record Mentionable(long id, String name, String department) {
    }

    private final CommentRepository comments;
    private final ProjectService projects;
    private final ProgressService items;
    private final PeopleService people;
    private final Clock clock;
    private final Duration editWindow;

    DiscussionService(CommentRepository comments, ProjectService projects, ProgressService items, PeopleService people,
                      Clock clock, @Value("${app.discussion.edit-window:PT15M}") Duration editWindow) {
        this.comments = comments;
        this.projects = projects;
        this.items = items;
        this.people = people;
        this.clock = clock;
        this.editWindow = editWindow;
    }

    /** The task's discussion, oldest first; empty when the task is gone or not mine to see. */
    @Transactional(readOnly = true)
    public List<CommentLine> ofTask(long itemId) {
        return items.projectOf(itemId)
                .map(projectId -> lines(projectId, comments.findByWorkItemIdOrderByCreatedAtAscIdAsc(itemId)))
                .orElse(List.of());
    }

    /** The discussion on the project as a whole, oldest first; empty when it is not mine to see. */
    @Transactional(readOnly = true)
    public List<CommentLine> ofProject(long projectId) {
        return projects.isVisible(projectId)
                ? lines(projectId, comments.findByProjectIdAndWorkItemIdIsNullOrderByCreatedAtAscIdAsc(projectId))
                : List.of();
    }

    /** Writes a comment on a task; returns its id. */
    public long commentOnTask(long itemId, String itemName, String body, Collection<Long> mentionIds) {
        long projectId = items.requireProjectOf(itemId);
        return write(projectId, itemId, itemName, body, mentionIds);
    }

    /** Writes a comment on the project as a whole; returns its id. */
    public long commentOnProject(long projectId, String body, Collection<Long> mentionIds) {
        requireVisible(projectId);
        return write(projectId, null, null, body, mentionIds);
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
        comment.edit(text(body), mentioned(comment.getProjectId(), mentionIds), clock.instant());
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
        Set<Long> participants = projects.participants(projectId);
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return people.people().stream().filter(p -> participants.contains(p.id()))
                .filter(p -> q.isEmpty() || matches(p, q))
                .sorted(Comparator.comparing((PersonOption p) -> !startsWith(p, q)).thenComparing(PersonOption::displayName))
                .limit(Math.max(0, limit))
                .map(p -> new Mentionable(p.id(), p.displayName(), p.departmentName())).toList();
    }

    private static boolean matches(PersonOption p, String q) {
        return p.displayName().toLowerCase(Locale.ROOT).contains(q)
                || (p.departmentName() != null && p.departmentName().toLowerCase(Locale.ROOT).contains(q))
                || PinyinKeys.of(p.displayName()).stream().anyMatch(k -> k.startsWith(q));
    }

    private static boolean startsWith(PersonOption p, String q) {
        return p.displayName().toLowerCase(Locale.ROOT).startsWith(q)
                || PinyinKeys.of(p.displayName()).stream().anyMatch(k -> k.startsWith(q));
    }

    private long write(long projectId, Long itemId, String itemName, String body, Collection<Long> mentionIds) {
        Comment comment = new Comment(projectId, itemId, itemName, CurrentUser.require().personId(), text(body),
                mentioned(projectId, mentionIds), clock.instant());
        return comments.save(comment).getId();
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
        long me = CurrentUser.require().personId();
        boolean manager = managesProject(projectId);
        Instant now = clock.instant();
        return found.stream().map(c -> new CommentLine(c.getId(), c.getVersion(), c.getAuthorId(),
                names.get(c.getAuthorId()), c.getBody(), c.getCreatedAt(), c.getEditedAt(), c.getDeletedAt(),
                c.getDeletedById() == null ? null : names.get(c.getDeletedById()), List.copyOf(c.getMentions()),
                !c.isDeleted() && c.getAuthorId() == me && !now.isAfter(c.getCreatedAt().plus(editWindow)),
                !c.isDeleted() && (c.getAuthorId() == me || manager))).toList();
    }
}
