package com.campaigntracker.plan;

/** A project was closed with its work done, or cancelled: its retrospective falls due (R14). */
public record ProjectClosed(long projectId, boolean cancelled) {
}
