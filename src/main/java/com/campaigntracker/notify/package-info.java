/**
 * Notifications: the in-app notice centre, e-mail through the organisation's SMTP server, and the
 * projects' chat-group webhooks (DingTalk, Feishu/Lark, WeCom robots and a generic JSON one). Every
 * e-mail and webhook call leaves through an outbox after the user's transaction, retried with backoff
 * and logged, so a failing channel never blocks or undoes what the user did.
 */
package com.campaigntracker.notify;
