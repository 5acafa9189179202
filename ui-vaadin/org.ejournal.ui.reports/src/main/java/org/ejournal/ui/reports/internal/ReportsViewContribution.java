package org.ejournal.ui.reports.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.ejournal.api.Role;
import org.ejournal.api.ui.ViewContribution;

import com.vaadin.flow.component.Component;

/**
 * Contributes «Отчёты»: render a report to PDF or XLSX and download it. Every staff role and the municipal
 * specialist (for the school it views); the service asks the access policy.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ReportsViewContribution implements ViewContribution {

    public static final String ROUTE = "reports";
    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ReportsView.class;
    }

    @Override
    public String title(Locale locale) {
        return ReportsMessages.get(locale, "reports.title");
    }

    @Override
    public Set<Role> roles() {
        return Arrays.stream(Role.values()).filter(r -> r.isStaff() || r == Role.MUNICIPAL)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public int order() {
        return 30;
    }
}
