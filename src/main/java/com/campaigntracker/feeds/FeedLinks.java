package com.campaigntracker.feeds;

import java.time.Instant;
import java.util.List;

/**
 * A person's feed addresses, absolute, as My account shows them to copy into a calendar app.
 *
 * @param since when the secret in them was made (at the first visit or the last reset)
 */
public record FeedLinks(String myTasks, List<ProjectFeed> projects, Instant since) {

    /** One project's milestones feed. */
    public record ProjectFeed(long projectId, String projectName, String url) {
    }
}
