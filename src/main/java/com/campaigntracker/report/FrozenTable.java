package com.campaigntracker.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The full progress table of a project at one moment, as data (R15's archive): plan, baseline and
 * actual for every work item, and the deviation records with their handling.
 */
public record FrozenTable(String projectName, String goal, String manager, String department, String status,
                          LocalDate start, LocalDate finish, List<Row> rows, List<Deviation> deviations,
                          List<FileEntry> files) {

    /** Tables frozen before files existed read back with none. */
    public FrozenTable {
        files = files == null ? List.of() : files;
    }

    /** A version of a task's file as it was when the table was frozen, with its SHA-256 (tasks deleted since too). */
    public record FileEntry(String task, String name, int version, long size, String sha256, String uploadedBy,
                            java.time.Instant uploadedAt) {
    }

    /** One work item as the users' table has it, with its baseline. */
    public record Row(String wbs, int level, String name, String owner, LocalDate baselineStart,
                      LocalDate baselineFinish, LocalDate plannedStart, LocalDate plannedFinish,
                      LocalDate actualStart, LocalDate actualFinish, String status, int percent, String remarks) {
    }

    /** A deviation explanation and what became of it. */
    public record Deviation(String task, String kind, String state, String causeType, String cause,
                            String assessment, List<String> measures, LocalDate proposedStart,
                            LocalDate proposedFinish, String decision, Integer revision) {
    }
}
