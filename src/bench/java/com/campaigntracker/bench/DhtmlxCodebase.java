package com.campaigntracker.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bare dhtmlx-gantt library, at the version the app's lock file pins, for the Gantt benchmark's
 * floor. A fresh clone has no node_modules/ (Vaadin builds its bundle without it), so the package is
 * installed with npm into target/bench/npm/ once and reused by later runs.
 */
final class DhtmlxCodebase {

    private static final String PACKAGE = "dhtmlx-gantt";

    private DhtmlxCodebase() {
    }

    /** The package's codebase/ folder (dhtmlxgantt.js and .css), installed if missing. */
    static Path codebase() throws IOException, InterruptedException {
        String version = lockedVersion();
        Path prefix = Path.of("target", "bench", "npm", PACKAGE + "-" + version).toAbsolutePath();
        Path codebase = prefix.resolve("node_modules").resolve(PACKAGE).resolve("codebase");
        if (Files.isRegularFile(codebase.resolve("dhtmlxgantt.js"))) {
            return codebase;
        }
        Files.createDirectories(prefix);
        Path log = prefix.resolve("npm.log");
        Process npm = new ProcessBuilder(List.of("npm", "install", "--prefix", prefix.toString(), "--no-save",
                "--no-package-lock", "--no-audit", "--no-fund", "--ignore-scripts", PACKAGE + "@" + version))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!npm.waitFor(3, TimeUnit.MINUTES)) {
            npm.destroyForcibly();
            throw new IllegalStateException("npm install " + PACKAGE + "@" + version + " took over 3 minutes; see " + log);
        }
        if (npm.exitValue() != 0 || !Files.isRegularFile(codebase.resolve("dhtmlxgantt.js"))) {
            throw new IllegalStateException("npm install " + PACKAGE + "@" + version + " failed (exit "
                    + npm.exitValue() + "):\n" + Files.readString(log));
        }
        return codebase;
    }

    /** The version package-lock.json resolves, the one the app's bundle is built from. */
    private static String lockedVersion() throws IOException {
        String version = new ObjectMapper().readTree(Path.of("package-lock.json").toFile())
                .path("packages").path("node_modules/" + PACKAGE).path("version").asText("");
        if (version.isEmpty()) {
            throw new IllegalStateException("no " + PACKAGE + " in package-lock.json");
        }
        return version;
    }
}
