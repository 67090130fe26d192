package com.campaigntracker.shared.ui;

/** A status shown in one of the standard colours (grey, yellow, green, red, orange), as enums declare it. */
public interface ColouredStatus {

    String name();

    String colour();

    String messageKey();
}
