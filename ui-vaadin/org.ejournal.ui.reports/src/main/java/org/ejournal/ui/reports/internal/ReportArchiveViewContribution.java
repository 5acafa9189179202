package org.ejournal.ui.reports.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Архив отчётов»: reports made by schedules, to download. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ReportArchiveViewContribution implements ViewContribution {

    public static final String ROUTE = "report-archive";
    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ReportArchiveView.class;
    }

    @Override
    public String title(Locale locale) {
        return ReportsMessages.get(locale, "reports.archive.title");
    }

    @Override
    public Set<Role> roles() {
        return ReportSchedulesViewContribution.MANAGERS;
    }

    @Override
    public int order() {
        return 32;
    }
}
