package com.campaigntracker.gantt;

import java.util.regex.Pattern;

/**
 * Task and link ids travel to the browser and come back in events; plain characters only, so they
 * need no escaping either way.
 */
final class GanttIds {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private GanttIds() {
    }

    static String check(String id) {
        if (id == null || !SAFE.matcher(id).matches()) {
            throw new IllegalArgumentException("A Gantt id is 1–64 letters, digits or _ . : - : " + id);
        }
        return id;
    }
}
