package com.campaigntracker.notify;

/**
 * A channel as the manager fills it in.
 *
 * @param target the webhook's URL, or the e-mail address
 * @param secret the robot's signing secret (DingTalk, Feishu), optional
 */
public record ChannelDetails(ChannelKind kind, String name, String target, String secret, boolean enabled) {
}
