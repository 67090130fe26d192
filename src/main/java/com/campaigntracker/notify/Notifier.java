package com.campaigntracker.notify;

import com.campaigntracker.calendar.WorkingCalendarService;
import com.campaigntracker.calendar.WorkingDayCalendar;
import com.campaigntracker.people.PeopleService;
import com.campaigntracker.shared.db.AfterCommit;
import com.campaigntracker.people.Person;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.i18n.TranslationProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * A notification with a {@link ChatCard} goes to the project's channels as well, as a card whose
 * button opens its page (DingTalk, Feishu/Lark and WeCom robots; lists and generic hooks get the text).
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
    private final WorkingCalendarService calendars;

    Notifier(NoticeRepository notices, OutboxRepository outbox, ProjectChannelRepository channels,
             OutboxDispatcher dispatcher, PeopleService people, TranslationProvider translations, Clock clock,
             WorkingCalendarService calendars,
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
        this.calendars = calendars;
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
        if (n.card() != null && n.projectId() != null) {
            String subject = translations.getTranslation(n.messageKey(), channelLocale, n.args().toArray());
            toChannels(n.projectId(), subject, subject, n.link(), card(n.card(), now), now);
        }
        afterCommit();
    }

    /** A message to every enabled channel of the project (chat groups and lists), in the channels' language. */
    public int broadcast(long projectId, String subjectKey, List<String> subjectArgs, String body, String link) {
        Instant now = clock.instant();
        String subject = translations.getTranslation(subjectKey, channelLocale, subjectArgs.toArray());
        int queued = toChannels(projectId, subject, body, link, null, now);
        afterCommit();
        return queued;
    }

    private int toChannels(long projectId, String subject, String body, String link, CardText card, Instant now) {
        int queued = 0;
        for (ProjectChannel channel : channels.findByProjectIdOrderById(projectId)) {
            if (channel.isEnabled()) {
                outbox.save(new OutboxMessage(channel.getKind(), channel.getTarget(), channel.getSecret(), subject, body,
                        absolute(link), projectId, now, card));
                queued++;
            }
        }
        return queued;
    }

    /**
     * The card in the channels' language: the task and project, the planned dates, the action's deadline
     * as a countdown (R11/R13's 24 hours, as the app's lists show it), and the working days left to the
     * planned finish on the working calendar (R16), or past it as {@code Timeline.overrun} counts them.
     */
    CardText card(ChatCard c, Instant now) {
        Locale l = channelLocale;
        List<CardText.Fact> facts = new ArrayList<>();
        if (c.taskName() != null) {
            facts.add(new CardText.Fact("task", t("card.task"), c.taskName()));
        }
        if (c.projectName() != null) {
            facts.add(new CardText.Fact("project", t("card.project"), c.projectName()));
        }
        if (c.plannedStart() != null || c.plannedFinish() != null) {
            facts.add(new CardText.Fact("plan", t("card.plan"), t("card.planDates",
                    Formats.date(c.plannedStart(), l), Formats.date(c.plannedFinish(), l))));
        }
        boolean over = false;
        if (c.deadline() != null) {
            Duration left = Duration.between(now, c.deadline());
            over = left.isNegative();
            Duration d = left.abs();
            String amount = d.toHours() > 0 ? t("countdown.hoursMinutes", d.toHours(), d.toMinutesPart())
                    : t("countdown.minutes", Math.max(1, d.toMinutesPart()));
            facts.add(new CardText.Fact("due", t("card.due"), t(over ? "countdown.over" : "countdown.left", amount,
                    Formats.dateTime(c.deadline(), clock.getZone(), l))));
        }
        if (c.plannedFinish() != null) {
            LocalDate today = LocalDate.ofInstant(now, clock.getZone());
            WorkingDayCalendar calendar = calendars.calendar();
            String left;
            if (!today.isAfter(c.plannedFinish())) {
                int days = calendar.workingDaysBetween(today, c.plannedFinish());
                left = days > 0 ? t("card.daysLeft", days) : t("card.finishToday");
            } else {
                int days = calendar.workingDaysBetween(c.plannedFinish().plusDays(1), today);
                over |= days > 0;
                left = days > 0 ? t("card.daysOver", days) : t("card.finishToday");
            }
            facts.add(new CardText.Fact("left", t("card.left"), left));
        }
        return new CardText(c.action().name(), t("card.button." + c.action().name()), over ? "red" : "orange",
                List.copyOf(facts));
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, channelLocale, args);
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
