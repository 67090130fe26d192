/**
 * Notifications: the in-app notice centre, e-mail through the organisation's SMTP server, and the
 * projects' chat-group webhooks (DingTalk, Feishu/Lark, WeCom robots and a generic JSON one). Every
 * e-mail and webhook call leaves through an outbox after the user's transaction, retried with backoff
 * and logged, so a failing channel never blocks or undoes what the user did.
 */
@ApplicationModule(allowedDependencies = {
        "calendar",
        "people",
        "plan",
        "shared",
        "shared :: audit",
        "shared :: crypto",
        "shared :: db",
        "shared :: i18n",
        "shared :: security",
        "shared :: startup",
        "shared :: ui"
})
package com.campaigntracker.notify;

import org.springframework.modulith.ApplicationModule;
