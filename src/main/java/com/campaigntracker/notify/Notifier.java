package com.campaigntracker.notify;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.shared.db.AfterCommit;
import com.campaigntracker.people.Person;
import com.campaigntracker.shared.i18n.TranslationProvider;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people: an in-app notice for each, and an e-mail to each who has an address; and tells a
 * project's chat groups and lists. Runs inside the caller's transaction (nothing is sent if it
 * rolls back); delivery happens after it commits, and a failing channel is retried, never thrown.
 */
@Service
@Transactional
public class Notifier {

    private final NoticeRepository notices;
    private final OutboxRepository outbox;
    private final ProjectChannelRepository channels;
    private final OutboxDispatcher dispatcher;
    private final PeopleService people;
    private final TranslationProvider translations;
    private final Clock clock;
    private final String baseUrl;
    private final Locale channelLocale;

    Notifier(NoticeRepository notices, OutboxRepository outbox, ProjectChannelRepository channels,
             OutboxDispatcher dispatcher, PeopleService people, TranslationProvider translations, Clock clock,
             @Value("${app.base-url:http://localhost:8080}") String baseUrl,
             @Value("${app.notify.channel-locale:zh-CN}") Locale channelLocale) {
        this.notices = notices;
        this.outbox = outbox;
        this.channels = channels;
        this.dispatcher = dispatcher;
        this.people = people;
        this.translations = translations;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.channelLocale = channelLocale;
    }

    /**
     * An in-app notice per (active) recipient, and an e-mail in Chinese and English to those with an address
     * who did not turn this group of notices off in My account.
     */
    public void notify(Notification n) {
        Instant now = clock.instant();
        String args = String.join("\n", n.args().stream().map(a -> a == null ? "" : a.replace('\n', ' ')).toList());
        for (Long id : new LinkedHashSet<>(n.recipients())) {
            Person person = id == null ? null : people.person(id).orElse(null);
            if (person == null || !person.isEnabled()) {
                continue;
            }
            notices.save(new Notice(id, n.projectId(), n.messageKey(), args, n.link(), now));
            com.campaigntracker.people.MailTopic topic = MailTopics.of(n.messageKey());
            if (person.getEmail() != null && !person.getEmail().isBlank() && (topic == null || person.wantsMail(topic))) {
                Object[] values = n.args().toArray();
                String zh = translations.getTranslation(n.messageKey(), Locale.SIMPLIFIED_CHINESE, values);
                String en = translations.getTranslation(n.messageKey(), Locale.ENGLISH, values);
                outbox.save(new OutboxMessage(ChannelKind.EMAIL, person.getEmail().strip(), null, zh + " / " + en,
                        translations.getTranslation("notice.mail.greeting", Locale.SIMPLIFIED_CHINESE,
                                person.getDisplayName()) + "\n\n" + zh + "\n\n---\n\n" + en,
                        absolute(n.link()), n.projectId(), now));
            }
        }
        afterCommit();
    }

    /** A message to every enabled channel of the project (chat groups and lists), in the channels' language. */
    public int broadcast(long projectId, String subjectKey, List<String> subjectArgs, String body, String link) {
        Instant now = clock.instant();
        String subject = translations.getTranslation(subjectKey, channelLocale, subjectArgs.toArray());
        int queued = 0;
        for (ProjectChannel channel : channels.findByProjectIdOrderById(projectId)) {
            if (channel.isEnabled()) {
                outbox.save(new OutboxMessage(channel.getKind(), channel.getTarget(), channel.getSecret(), subject, body,
                        absolute(link), projectId, now));
                queued++;
            }
        }
        afterCommit();
        return queued;
    }

    /** The language channel messages are written in. */
    public Locale channelLocale() {
        return channelLocale;
    }

    private String absolute(String link) {
        return link == null ? null : baseUrl + "/" + link;
    }

    private void afterCommit() {
        AfterCommit.run(dispatcher::dispatchSoon);
    }
}
