package com.campaigntracker.report;

import com.campaigntracker.discussion.DiscussionService;
import com.campaigntracker.discussion.DiscussionService.CommentLine;
import com.campaigntracker.files.TaskFileService;
import com.campaigntracker.files.TaskFileService.FileLine;
import com.campaigntracker.shared.i18n.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What was said and delivered on a task while one of its deviations was open (from the warning's request
 * for an explanation to the manager's decision, or to now): the comments and the file versions, by time,
 * as lines of the report's deviations section. Each task is read once per report.
 */
final class DeviationTrail {

    /** How much of a comment the report quotes; the discussion keeps the whole. */
    private static final int QUOTE_MAX = 300;

    private record Step(Instant at, String line) {
    }

    private final DiscussionService discussion;
    private final TaskFileService files;
    private final ReportText words;
    private final Map<Long, List<Step>> byTask = new HashMap<>();

    DeviationTrail(DiscussionService discussion, TaskFileService files, ReportText words) {
        this.discussion = discussion;
        this.files = files;
        this.words = words;
    }

    /** The task's comments and file versions from {@code from} to {@code until} (null: to now), oldest first. */
    List<String> of(long itemId, Instant from, Instant until) {
        return byTask.computeIfAbsent(itemId, this::steps).stream()
                .filter(s -> !s.at().isBefore(from) && (until == null || !s.at().isAfter(until)))
                .map(Step::line).toList();
    }

    private List<Step> steps(long itemId) {
        List<Step> steps = new ArrayList<>();
        for (CommentLine c : discussion.ofTask(itemId)) {
            if (c.deletedAt() == null) {
                String flat = c.body().replaceAll("\\s+", " ").strip();
                steps.add(new Step(c.createdAt(), words.t("report.deviation.comment", name(c.authorName()),
                        when(c.createdAt()), flat.length() <= QUOTE_MAX ? flat : flat.substring(0, QUOTE_MAX - 1) + "…")));
            }
        }
        for (FileLine f : files.ofTask(itemId)) {
            steps.add(new Step(f.uploadedAt(), words.t("report.deviation.file", f.name(), f.version(),
                    name(f.uploadedBy()), when(f.uploadedAt()), f.sha256().substring(0, 12))));
        }
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }

    private String when(Instant at) {
        return Formats.dateTime(at, words.zone(), words.locale());
    }

    private static String name(String name) {
        return name == null ? "—" : name;
    }
}
