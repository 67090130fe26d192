package com.campaigntracker.files;

import com.campaigntracker.plan.HistoryEntry;
import com.campaigntracker.plan.ItemHistorySource;
import java.util.List;
import org.springframework.stereotype.Component;

/** Each file version uploaded to a task, in the task's history (the history service checked who may see it). */
@Component
class FileHistory implements ItemHistorySource {

    private final StoredFiles files;

    FileHistory(StoredFiles files) {
        this.files = files;
    }

    @Override
    public List<Added> of(long itemId) {
        return files.ofItem(itemId).stream()
                .map(f -> new Added(f.uploadedAt(), f.uploadedById(), HistoryEntry.Kind.FILE_ADDED,
                        new HistoryEntry.Change("history.file", null,
                                f.name() + " v" + f.version() + " · SHA-256 " + f.sha256().substring(0, 12))))
                .toList();
    }
}
