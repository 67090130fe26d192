package com.campaigntracker.plan;

import java.util.List;

/** What a saved edit did beyond the row itself: the successors it moved (by WBS and name). */
public record EditOutcome(List<String> movedItems) {
}
