package com.campaigntracker.files;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.people.PersonOption;
import com.campaigntracker.plan.HistoryEntry;
import com.campaigntracker.plan.ItemHistorySource;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Each file version uploaded to a task, in the task's history (the history service checked who may see it). */
@Component
class FileHistory implements ItemHistorySource {

    private final StoredFiles files;
    private final PeopleService people;

    FileHistory(StoredFiles files, PeopleService people) {
        this.files = files;
        this.people = people;
    }

    @Override
    public List<HistoryEntry> of(long itemId) {
        List<StoredFile> found = files.ofItem(itemId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonOption> who = people.people().stream().collect(Collectors.toMap(PersonOption::id, Function.identity()));
        return found.stream().map(f -> {
            PersonOption p = who.get(f.uploadedById());
            return new HistoryEntry(f.uploadedAt(), p == null ? "?" : p.username(), p == null ? null : p.displayName(),
                    HistoryEntry.Kind.FILE_ADDED, List.of(new HistoryEntry.Change("history.file", null,
                    f.name() + " v" + f.version() + " · SHA-256 " + f.sha256().substring(0, 12))));
        }).toList();
    }
}
