package org.ejournal.api.report;

import java.util.List;

/**
 * A report that can be rendered.
 *
 * @param id         stable id, e.g. {@code "class-list"}
 * @param title      title in the asked locale
 * @param parameters what it asks for
 */
public record ReportInfo(String id, String title, List<ReportParameter> parameters) {
    public ReportInfo {
        parameters = List.copyOf(parameters);
    }
}
