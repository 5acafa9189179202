package org.ejournal.ui.reports.internal;

import java.util.Locale;
import java.util.Set;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/** Contributes «Расписание отчётов»: create, stop and run report schedules. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ReportSchedulesViewContribution implements ViewContribution {

    public static final String ROUTE = "report-schedules";

    /** Roles that manage schedules and read the archive (the policy's REPORT_SCHEDULE_MANAGE). */
    static final Set<Role> MANAGERS = Set.of(Role.TECH_ADMIN, Role.DEPUTY_DIRECTOR, Role.DIRECTOR);

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ReportSchedulesView.class;
    }

    @Override
    public String title(Locale locale) {
        return ReportsMessages.get(locale, "reports.schedules.title");
    }

    @Override
    public Set<Role> roles() {
        return MANAGERS;
    }

    @Override
    public int order() {
        return 31;
    }
}
