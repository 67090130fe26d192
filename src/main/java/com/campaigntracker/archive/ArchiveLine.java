package com.campaigntracker.archive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An archived report as the archive lists it (without its bytes).
 *
 * @param createdBy filled in by the service (the query leaves it null)
 */
public record ArchiveLine(long id, long projectId, int number, String projectName, Long departmentId,
                          String departmentName, LocalDate periodStart, LocalDate periodEnd, String language,
                          Instant createdAt, Long createdById, String sha256, int sizeBytes, String createdBy) {

    public ArchiveLine(long id, long projectId, int number, String projectName, Long departmentId,
                       String departmentName, LocalDate periodStart, LocalDate periodEnd, String language,
                       Instant createdAt, Long createdById, String sha256, int sizeBytes) {
        this(id, projectId, number, projectName, departmentId, departmentName, periodStart, periodEnd, language,
                createdAt, createdById, sha256, sizeBytes, null);
    }

    /** The name a download of it gets: project, version, language. */
    public String fileName(String extension) {
        return (projectName + " v" + number + " " + language).replaceAll("[\\\\/:*?\"<>|]", "_") + "." + extension;
    }

    ArchiveLine named(String name) {
        return new ArchiveLine(id, projectId, number, projectName, departmentId, departmentName, periodStart,
                periodEnd, language, createdAt, createdById, sha256, sizeBytes, name);
    }
}
