package com.campaigntracker.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One app per data dir. The app's PID and its MariaDB server's PID are kept beside the files: a
 * second live app is refused with a clear message, and a server left running by an app that was
 * killed (kill -9, a crash, an IDE's stop button) is stopped, or it would hold the files locked.
 */
final class DataDirOwnership {

    private static final Logger log = LoggerFactory.getLogger(DataDirOwnership.class);
    private static final String APP_PID = "app.pid";
    private static final String SERVER_PID = "mariadbd.pid";

    private DataDirOwnership() {
    }

    static Path serverPidFile(Path root) {
        return root.resolve(SERVER_PID);
    }

    static void claim(Path root) {
        long me = ProcessHandle.current().pid();
        readPid(root.resolve(APP_PID)).filter(pid -> pid != me).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(true))
                .ifPresent(owner -> {
                    throw new EmbeddedDatabaseException("Another Campaign Tracker (process " + owner.pid()
                            + ") is using app.data-dir " + root.getParent() + ".",
                            "Stop that process, or start this one with another --app.data-dir.");
                });
        readPid(serverPidFile(root)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains(root.resolve("data").toString())).orElse(false))
                .ifPresent(orphan -> stop(orphan, root));
        write(root.resolve(APP_PID), me);
    }

    private static void stop(ProcessHandle orphan, Path root) {
        log.warn("Stopping MariaDB server {} left running on {} by an app that did not shut down", orphan.pid(), root);
        orphan.destroy();
        try {
            orphan.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            orphan.destroyForcibly();
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).strip())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void write(Path file, long pid) {
        try {
            Files.writeString(file, Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
