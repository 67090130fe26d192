package com.campaigntracker.tracking;

/** A project at a glance: on track, at risk, or late; with the standard colours green, orange, red. */
public enum Health {
    ON_TRACK("green"), AT_RISK("orange"), LATE("red");

    private final String colour;

    Health(String colour) {
        this.colour = colour;
    }

    public String colour() {
        return colour;
    }

    public String messageKey() {
        return "health." + name();
    }
}
