package com.campaigntracker;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * For tests that need something of the machine (a server, a program): on the CI (environment variable
 * {@code CI=true}, as {@code .ci/run} exports it) a missing one fails the build, because the CI must
 * provide it; on a developer's machine the test is skipped, saying why on stderr and in the report.
 */
public final class CiEnvironment {

    private CiEnvironment() {
    }

    /** Whether this run is the CI's. */
    public static boolean isCi() {
        return isCi(System.getenv("CI"));
    }

    static boolean isCi(String value) {
        return value != null && value.strip().equalsIgnoreCase("true");
    }

    /**
     * Returns when {@code available}; otherwise fails on the CI and skips elsewhere.
     *
     * @param missing what is missing and what is therefore not tested
     */
    public static void require(boolean available, String missing) {
        require(available, missing, isCi());
    }

    static void require(boolean available, String missing, boolean ci) {
        if (available) {
            return;
        }
        if (ci) {
            fail(missing + " (CI=true: the CI must provide it, so this is a failure, not a skip)");
        }
        System.err.println("SKIPPED: " + missing + " (with CI=true this fails)"); // in the build log, not only the report
        assumeTrue(false, missing);
    }
}
