package com.campaigntracker.plan;

import java.util.List;

/** The A, C and I of one work item (the R is its owner), by person id. */
public record Responsibilities(Long accountable, List<Long> consulted, List<Long> informed) {

    public boolean isEmpty() {
        return accountable == null && consulted.isEmpty() && informed.isEmpty();
    }
}
