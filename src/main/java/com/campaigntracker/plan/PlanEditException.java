package com.campaigntracker.plan;

import java.util.List;

/**
 * A plan change refused for a reason the user can act on; the UI shows {@link #messageKey()}
 * translated with {@link #args()}.
 */
public class PlanEditException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public PlanEditException(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
