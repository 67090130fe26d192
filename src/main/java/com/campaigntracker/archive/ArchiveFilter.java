package com.campaigntracker.archive;

import java.time.LocalDate;

/**
 * What the archive is searched by: words of the project's name, its period overlapping from–to, its
 * department; any may be null.
 */
public record ArchiveFilter(String text, LocalDate from, LocalDate to, Long departmentId) {

    public static final ArchiveFilter ALL = new ArchiveFilter(null, null, null, null);
}
