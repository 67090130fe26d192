package com.campaigntracker.notify;

import java.util.Collection;
import java.util.List;

/**
 * Something people should know: a translation key with its arguments (so each reader sees it in
 * their language) and the app page it is about. With a {@link ChatCard}, the project's chat groups
 * get it too, as a card whose button opens that page.
 *
 * @param link app-relative, e.g. {@code projects/5/kickoff}
 * @param card what the project's channels are shown (null: the recipients alone are told)
 */
public record Notification(Collection<Long> recipients, Long projectId, String messageKey, List<String> args,
                           String link, ChatCard card) {

    public Notification(Collection<Long> recipients, Long projectId, String messageKey, List<String> args,
                        String link) {
        this(recipients, projectId, messageKey, args, link, null);
    }
}
