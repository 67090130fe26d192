package com.campaigntracker.files.ui;

import com.campaigntracker.files.TaskFileService;
import com.campaigntracker.shared.ui.TaskPanel;
import java.time.ZoneId;

/** The task's files on its page (the discussion module's task page shows every {@link TaskPanel}). */
@org.springframework.stereotype.Component
class TaskFilesPanels implements TaskPanel {

    private final TaskFileService files;

    TaskFilesPanels(TaskFileService files) {
        this.files = files;
    }

    @Override
    public com.vaadin.flow.component.Component create(long itemId, boolean open, ZoneId zone) {
        return new TaskFilesPanel(files, itemId, open, zone);
    }
}
