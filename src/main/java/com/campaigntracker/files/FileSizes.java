package com.campaigntracker.files;

import java.text.NumberFormat;
import java.util.Locale;

/** A size as people read it: 820 B, 14 KB, 3.2 MB. */
public final class FileSizes {

    private FileSizes() {
    }

    public static String text(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        NumberFormat one = NumberFormat.getNumberInstance(locale);
        one.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return one.format(bytes / 1024.0) + " KB";
        }
        return one.format(bytes / (1024.0 * 1024)) + " MB";
    }
}
