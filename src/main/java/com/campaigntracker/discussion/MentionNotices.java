package com.campaigntracker.discussion;

import com.campaigntracker.notify.Notification;
import com.campaigntracker.notify.Notifier;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.PlanRoutes;
import com.campaigntracker.shared.i18n.TranslationProvider;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Tells the people a comment names: a notice in the app and an e-mail each (linked to the comment), and
 * the project's chat groups a message that names them. The author is never told of their own mention.
 */
@Component
class MentionNotices {

    /** How much of the comment a notice quotes; the link leads to the whole of it. */
    static final int QUOTE_MAX = 140;

    private final Notifier notifier;
    private final PeopleService people;
    private final TranslationProvider translations;

    MentionNotices(Notifier notifier, PeopleService people, TranslationProvider translations) {
        this.notifier = notifier;
        this.people = people;
        this.translations = translations;
    }

    /** {@code where} is the task, or null for a comment on the project as a whole. */
    void tell(Collection<Long> named, long authorId, long projectId, String projectName, Long itemId, String where,
              long commentId, String body) {
        List<Long> recipients = named.stream().filter(id -> id != authorId).toList();
        if (recipients.isEmpty()) {
            return;
        }
        Set<Long> everyone = new LinkedHashSet<>(recipients);
        everyone.add(authorId);
        Map<Long, String> names = people.displayNames(everyone);
        String author = names.get(authorId);
        String quote = quote(body);
        String link = link(projectId, itemId, commentId);
        String key = where == null ? "notice.discussion.mentionedOnProject" : "notice.discussion.mentionedOnTask";
        List<String> args = where == null ? List.of(author, projectName, quote)
                : List.of(author, where, projectName, quote);
        notifier.notify(new Notification(recipients, projectId, key, args, link));
        String mentioned = recipients.stream().map(names::get).map(n -> "@" + n).collect(Collectors.joining(" "));
        List<String> subjectArgs = List.of(author, where == null ? projectName : where, mentioned);
        String text = translations.getTranslation("notice.discussion.channelBody", notifier.channelLocale(),
                mentioned, author, where == null ? projectName : where, body);
        notifier.broadcast(projectId, "notice.discussion.channelSubject", subjectArgs, text, link);
    }

    /** The comment's address: its discussion, scrolled to it. */
    static String link(long projectId, Long itemId, long commentId) {
        return (itemId == null ? PlanRoutes.discussion(projectId) + "?" : PlanRoutes.taskDiscussion(projectId, itemId) + "&")
                + "comment=" + commentId;
    }

    private static String quote(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= QUOTE_MAX ? flat : flat.substring(0, QUOTE_MAX - 1) + "…";
    }
}
