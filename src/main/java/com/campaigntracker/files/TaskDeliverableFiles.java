package com.campaigntracker.files;

import com.campaigntracker.plan.DeliverableFiles;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The task's files as its A judges them (the acceptance in plan asks here): the newest version of each name. */
@Component
class TaskDeliverableFiles implements DeliverableFiles {

    private final StoredFiles files;

    TaskDeliverableFiles(StoredFiles files) {
        this.files = files;
    }

    @Override
    public List<Deliverable> current(long itemId) {
        Set<String> seen = new LinkedHashSet<>();
        return files.ofItem(itemId).stream().filter(f -> seen.add(f.name())) // newest first within a name
                .map(f -> new Deliverable(f.id(), f.name(), f.version(), f.preview() && f.contentType().startsWith("image/"),
                        FileLinks.url(f.id(), f.preview())))
                .toList();
    }
}
