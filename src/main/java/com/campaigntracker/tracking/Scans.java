package com.campaigntracker.tracking;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scheduled scans go project by project, each in its own transaction: one project that fails (or
 * that another app instance handled at the same moment) is logged and skipped, the others go on.
 */
final class Scans {

    private static final Logger log = LoggerFactory.getLogger(Scans.class);

    private Scans() {
    }

    static int perProject(String scan, long projectId, Supplier<Integer> work) {
        try {
            Integer done = work.get();
            return done == null ? 0 : done;
        } catch (RuntimeException e) {
            log.warn("{} of project {} skipped this time: {}", scan, projectId, e.toString());
            return 0;
        }
    }
}
