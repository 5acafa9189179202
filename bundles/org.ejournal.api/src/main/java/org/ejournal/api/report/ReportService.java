package org.ejournal.api.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ejournal.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Renders report templates. */
@ProviderType
public interface ReportService {

    /** Reports the actor may run. */
    List<ReportInfo> reports(Actor actor, Locale locale);

    /**
     * Renders one report.
     *
     * @throws org.ejournal.api.NotFoundException       when no template has that id
     * @throws org.ejournal.api.EJournalException       on bad parameters or refused access
     */
    RenderedReport render(Actor actor, String reportId, Map<String, String> parameters, ReportFormat format,
                          Locale locale);
}
