package com.campaigntracker.files;

/** The address of a task file, {@code files/42} (download) or {@code files/42?inline=true} (shown, when it may be). */
public final class FileLinks {

    public static final String PATH = "files/";

    private FileLinks() {
    }

    public static String url(long fileId, boolean inline) {
        return PATH + fileId + (inline ? "?inline=true" : "");
    }
}
