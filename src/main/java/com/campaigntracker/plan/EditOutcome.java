package com.campaigntracker.plan;

import java.time.LocalDate;
import java.util.List;

/** What a saved edit did beyond the row itself: the items it moved to keep their dependencies, in move order. */
public record EditOutcome(List<MovedItem> moved) {

    /** An item with its new planned dates. */
    public record MovedItem(long id, String wbs, String name, LocalDate start, LocalDate finish) {
    }

    /** "1.2.1 Name: 2027-01-04 – 2027-01-08" for each moved item, for logs and tests. */
    public List<String> movedItems() {
        return moved.stream().map(m -> m.wbs() + " " + m.name() + ": " + m.start() + " – " + m.finish()).toList();
    }
}
