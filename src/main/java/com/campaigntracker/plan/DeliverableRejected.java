package com.campaigntracker.plan;

import java.util.List;

/**
 * The A rejected the task's deliverable with a comment, having seen these file versions ("主KV.png v2"):
 * published in the A's transaction, for the task's discussion.
 */
public record DeliverableRejected(long projectId, long itemId, String itemName, String comment, List<String> judged) {
}
