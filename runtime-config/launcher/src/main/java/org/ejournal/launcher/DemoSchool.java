package org.ejournal.launcher;

import javax.sql.DataSource;

import org.ejournal.demo.DemoSchoolGenerator;
import org.ejournal.demo.DemoSize;
import org.ejournal.demo.DemoSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Generates the demo school, once: only into a database that holds no school yet. */
final class DemoSchool {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSchool.class);

    private DemoSchool() {
    }

    /** @return whether a school was generated now */
    static boolean generateIfEmpty(DataSource dataSource, LauncherSettings settings) {
        if (!DemoSchoolGenerator.isEmpty(dataSource)) {
            LOG.info("Database already holds data: demo school not generated again");
            return false;
        }
        DemoSize defaults = DemoSize.defaults();
        int weeks = settings.demoWeeks() == LauncherSettings.DEMO_WEEKS_UNTIL_TODAY
                ? DemoSize.weeksUntil(defaults.today()) : settings.demoWeeks();
        DemoSize size = defaults.withStudentsPerSchool(settings.demoStudents()).withWeeks(weeks);
        DemoSummary summary = DemoSchoolGenerator.generate(dataSource, size);
        LOG.info("Demo school generated: {}", summary);
        return true;
    }
}
