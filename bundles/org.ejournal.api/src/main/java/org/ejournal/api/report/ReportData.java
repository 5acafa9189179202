package org.ejournal.api.report;

import java.util.List;
import java.util.Map;

/**
 * What a {@link ReportTemplate} hands to the engine: report-level parameters and detail rows. Values
 * are plain Java types (String, Number, java.time dates, Boolean).
 *
 * @param parameters values for the template's {@code <parameter>}s
 * @param rows       one map per detail row, keys are the template's field names
 */
public record ReportData(Map<String, Object> parameters, List<Map<String, Object>> rows) {
    public ReportData {
        parameters = Map.copyOf(parameters);
        rows = List.copyOf(rows);
    }
}
