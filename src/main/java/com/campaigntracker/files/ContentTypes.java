package com.campaigntracker.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What a file is, told by Apache Tika from its bytes: whether it may be shown in the browser (only what its
 * bytes prove to be a raster image or a PDF; never SVG, which can carry script) and whether it is refused
 * (programs, whatever their name says).
 */
final class ContentTypes {

    /** Shown inline: types whose bytes the browser renders without running anything of the file's. */
    private static final Set<String> PREVIEWED = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "image/bmp", "application/pdf");
    /** Programs and scripts: no deliverable of a marketing task is one. */
    private static final Set<String> REFUSED = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-ms-installer", "application/x-msi", "application/x-executable", "application/x-elf",
            "application/x-sharedlib", "application/x-mach-o-executable", "application/x-mach-o",
            "application/x-sh", "application/x-bat", "application/x-msdos-program", "application/java-vm");

    private static final Tika TIKA = new Tika();

    /** What the bytes say, with the name to tell apart what bytes alone cannot (CSV from text, DOCX from ZIP). */
    record Detected(String type, boolean preview, boolean refused) {
    }

    private ContentTypes() {
    }

    static Detected of(Path file, String name) throws IOException {
        String byBytes;
        try (InputStream in = Files.newInputStream(file)) {
            byBytes = base(TIKA.detect(in)); // no name: a name cannot make bytes an image
        }
        String withName;
        try (InputStream in = Files.newInputStream(file)) {
            withName = base(TIKA.detect(in, name));
        }
        boolean refused = REFUSED.contains(byBytes) || REFUSED.contains(withName);
        // the name may refine the type (a zip that is a .docx) but never turn unknown bytes into a viewable one
        String type = PREVIEWED.contains(withName) && !withName.equals(byBytes) ? byBytes : withName;
        return new Detected(type, PREVIEWED.contains(byBytes), refused);
    }

    /** The type without its parameters: {@code application/x-msdownload; format=pe} is a program. */
    private static String base(String type) {
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
    }
}
