package com.campaigntracker.tracking.ui;

import java.util.Map;

/** The standard status colours of the theme (styles.css --ct-status-*), for charts drawn outside CSS. */
final class StatusColours {

    private static final Map<String, String> HEX = Map.of("grey", "#6b7280", "yellow", "#f2c230", "green", "#1f7a45",
            "red", "#c53030", "orange", "#ef8a17");

    static final String PLANNED = "#8a8f98";
    static final String ACTUAL = "#1676f3";

    private StatusColours() {
    }

    static String hex(String colour) {
        return HEX.getOrDefault(colour, PLANNED);
    }
}
