package com.campaigntracker.raci;

/** The roles kept here; R is the work item's owner and lives with the item. */
public enum RaciRole {
    A, C, I
}
