package com.campaigntracker.plan.excel;

import java.util.List;

/** A file that cannot be read as a progress table at all (too big, not .xlsx, unsafe, no level column). */
public class ProgressTableFormatException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public ProgressTableFormatException(String messageKey, Object... args) {
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
