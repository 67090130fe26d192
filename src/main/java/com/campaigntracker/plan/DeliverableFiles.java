package com.campaigntracker.plan;

import java.util.List;

/**
 * The files of a task's deliverable as the A judges them: the newest version of each name. The files
 * module provides it; without it a deliverable is judged by its name alone.
 */
public interface DeliverableFiles {

    /** One file: {@code openUrl} shows it in the browser when it may be shown, else downloads it. */
    record Deliverable(long fileId, String name, int version, boolean image, String openUrl) {

        /** "主KV.png v2", as histories and comments name it. */
        public String label() {
            return name + " v" + version;
        }
    }

    /** The newest version of each of the task's files, by name. */
    List<Deliverable> current(long itemId);
}
