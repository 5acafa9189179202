package org.ejournal.api.report;

/**
 * A parameter a report asks for.
 *
 * @param name the key in the parameter map
 * @param kind what the value is, so the UI can offer a chooser
 */
public record ReportParameter(String name, Kind kind) {
    /** Kinds of parameter values; all travel as strings. */
    public enum Kind {
        /** A class id of the actor's school (the UI offers the class list). */
        SCHOOL_CLASS,
        /** An ISO date (yyyy-MM-dd). */
        DATE,
        /** Free text. */
        TEXT
    }
}
