package com.campaigntracker.plan;

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
