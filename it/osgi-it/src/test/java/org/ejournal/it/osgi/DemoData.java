package org.ejournal.it.osgi;

import javax.sql.DataSource;

import org.ejournal.demo.DemoSchoolGenerator;
import org.ejournal.demo.DemoSize;
import org.ejournal.demo.DemoSummary;

/** Driver side: the small demo school of runtime-config/demo-data. */
final class DemoData {

    private DemoData() {
    }

    static void generateSmallSchool(DataSource dataSource) {
        DemoSummary summary = DemoSchoolGenerator.generate(dataSource, DemoSize.small());
        System.out.println("[osgi-it] demo school: " + summary);
    }
}
