package com.campaigntracker.files;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A file's name as we keep it: the last part of what the browser sent, without control characters or
 * characters a file system refuses, not hidden, not a device name, at most {@link #MAX} characters with
 * its extension kept. Null when nothing usable is left.
 */
final class FileNames {

    static final int MAX = 160;
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");

    private FileNames() {
    }

    static String sanitise(String sent) {
        if (sent == null) {
            return null;
        }
        String name = Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c)) {
                kept.append(' '); // tabs and line breaks too
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                // (FORMAT: also the bidi overrides that make "gnp.exe" read as "exe.png")
                kept.appendCodePoint("<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
            }
        });
        name = kept.toString().replaceAll(" {2,}", " ").strip();
        name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.isEmpty()) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        if (DEVICES.contains(stem.toUpperCase(Locale.ROOT))) {
            stem = "_" + stem;
        }
        if (extension.length() > 20) { // not an extension: part of the name
            stem = stem + extension;
            extension = "";
        }
        if (stem.codePointCount(0, stem.length()) + extension.length() > MAX) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX - extension.length()));
        }
        return stem + extension;
    }
}
