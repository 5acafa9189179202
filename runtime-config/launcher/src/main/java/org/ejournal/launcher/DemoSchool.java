package org.ejournal.launcher;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Generates the demo school into an empty database. */
final class DemoSchool {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSchool.class);

    private DemoSchool() {
    }

    static void generateIfEmpty(DataSource dataSource, LauncherSettings settings) {
        LOG.warn("Demo generator not wired yet");
    }
}
