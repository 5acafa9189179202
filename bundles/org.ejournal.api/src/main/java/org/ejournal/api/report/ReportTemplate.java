package org.ejournal.api.report;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ejournal.api.Actor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: a report template, found as a service (whiteboard). Regional templates are added
 * by dropping a bundle that registers one. The engine (JasperReports, on the host) compiles the JRXML
 * once per template and fills it with the data this template gathers; no Jasper type crosses this
 * interface.
 *
 * <p>Text elements must use the style with {@code fontName="DejaVu Sans"}, or Cyrillic letters are lost
 * in PDF.
 */
@ConsumerType
public interface ReportTemplate {

    /** Stable id, unique in the installation. */
    String id();

    /** The title in the given locale. */
    String title(Locale locale);

    /** What the template asks for. */
    List<ReportParameter> parameters();

    /** The JRXML source (JasperReports 7 format). */
    InputStream openJrxml();

    /**
     * Gathers the data for one run, through services that check the actor's access.
     *
     * @throws org.ejournal.api.EJournalException on bad parameters or refused access
     */
    ReportData data(Actor actor, Map<String, String> parameters, Locale locale);
}
