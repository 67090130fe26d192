package com.campaigntracker.notify;

import java.time.Instant;
import java.util.List;

/** A notice as the centre lists it; the view translates {@code messageKey} with {@code args}. */
public record NoticeLine(long id, String messageKey, List<String> args, String link, Instant createdAt, boolean read) {
}
