package com.campaigntracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The database tool's standard output is for its results; log lines go to standard error. */
class DatabaseToolTest {

    @Test
    void log_lines_go_to_standard_error_and_not_to_standard_output() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            DatabaseTool.logToStandardError();
            LoggerFactory.getLogger("ch.vorburger.exec.ManagedProcess").info("mariadbd: start-up chatter");
            LoggerFactory.getLogger(DatabaseTool.class).warn("something to know");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(capturedOut.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(capturedErr.toString(StandardCharsets.UTF_8)).contains("something to know")
                .doesNotContain("start-up chatter");
    }
}
