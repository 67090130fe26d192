package com.campaigntracker.plan;

import java.time.LocalDate;

/**
 * The status people see, with its standard colour: the stored one, or "delayed" when an item is
 * open past its planned finish or finished after it (R9). Declared from least to most alarming.
 */
public enum DisplayStatus implements com.campaigntracker.shared.ui.ColouredStatus {
    DONE("green"),
    NOT_STARTED("grey"),
    IN_PROGRESS("yellow"),
    BLOCKED("orange"),
    DELAYED("red");

    private final String colour;

    DisplayStatus(String colour) {
        this.colour = colour;
    }

    /** The status shown for a stored one (R9): open past planned finish, or finished after it, is delayed. */
    static DisplayStatus of(ProgressStatus stored, LocalDate plannedFinish, LocalDate actualFinish, LocalDate today) {
        boolean late = plannedFinish != null && (stored == ProgressStatus.DONE
                ? actualFinish != null && actualFinish.isAfter(plannedFinish)
                : today.isAfter(plannedFinish));
        if (late) {
            return DELAYED;
        }
        return switch (stored) {
            case NOT_STARTED -> NOT_STARTED;
            case IN_PROGRESS -> IN_PROGRESS;
            case BLOCKED -> BLOCKED;
            case DONE -> DONE;
        };
    }

    /** Name of the standard colour, used as a CSS class suffix. */
    @Override
    public String colour() {
        return colour;
    }

    @Override
    public String messageKey() {
        return "status." + name();
    }
}
