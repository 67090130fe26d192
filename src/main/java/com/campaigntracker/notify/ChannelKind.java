package com.campaigntracker.notify;

/** Where a message goes: an e-mail address, or a chat group's robot webhook in its vendor's format. */
public enum ChannelKind {
    EMAIL, DINGTALK, FEISHU, WECOM, GENERIC
}
