package com.campaigntracker.notify;

/** A channel as lists show it; the secret itself is never shown again, only whether one is set. */
public record ChannelLine(long id, long version, ChannelKind kind, String name, String target, boolean hasSecret,
                          boolean enabled) {
}
