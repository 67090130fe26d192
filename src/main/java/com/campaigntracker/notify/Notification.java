package com.campaigntracker.notify;

import java.util.Collection;
import java.util.List;

/**
 * Something people should know: a translation key with its arguments (so each reader sees it in
 * their language) and the app page it is about.
 *
 * @param link app-relative, e.g. {@code projects/5/kickoff}
 */
public record Notification(Collection<Long> recipients, Long projectId, String messageKey, List<String> args,
                           String link) {
}
