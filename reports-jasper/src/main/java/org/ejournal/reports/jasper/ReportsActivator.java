package org.ejournal.reports.jasper;

import java.time.Clock;
import java.util.Dictionary;
import java.util.Hashtable;

import org.ejournal.api.AccessPolicy;
import org.ejournal.api.movement.MovementService;
import org.ejournal.api.report.ReportService;
import org.ejournal.api.report.ReportTemplate;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.security.CredentialLetterPrinter;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Starts the report engine on the host. The launcher passes an instance in the Felix configuration
 * property {@code felix.systembundle.activators}, so it runs with the system bundle's context: the
 * engine lives on the application class path (JasperReports compiles and finds its extensions
 * there) while bundles see only the {@link ReportService} and {@link ReportTemplate} services.
 *
 * <p>Registers: {@link ReportService}, the core {@code class-list} and {@code student-movement}
 * {@link ReportTemplate}s and the {@link CredentialLetterPrinter}. Tracks: {@link AccessPolicy},
 * {@link RosterService}, {@link MovementService}, and every {@link ReportTemplate} (whiteboard).
 */
public final class ReportsActivator implements BundleActivator {

    /** Service property on templates registered here: the template id. */
    public static final String REPORT_ID_PROPERTY = "ejournal.report.id";

    private ServiceTracker<AccessPolicy, AccessPolicy> accessPolicies;
    private ServiceTracker<RosterService, RosterService> rosters;
    private ServiceTracker<MovementService, MovementService> movements;
    private ServiceTracker<ReportTemplate, ReportTemplate> templates;
    private ServiceRegistration<ReportService> serviceRegistration;
    private ServiceRegistration<ReportTemplate> classListRegistration;
    private ServiceRegistration<ReportTemplate> movementRegistration;
    private ServiceRegistration<CredentialLetterPrinter> letterPrinterRegistration;

    @Override
    public void start(BundleContext context) {
        Clock clock = Clock.systemDefaultZone();
        accessPolicies = new ServiceTracker<>(context, AccessPolicy.class, null);
        accessPolicies.open();
        rosters = new ServiceTracker<>(context, RosterService.class, null);
        rosters.open();
        movements = new ServiceTracker<>(context, MovementService.class, null);
        movements.open();

        JasperReportService service = new JasperReportService(accessPolicies::getService, clock);
        templates = new ServiceTracker<>(context, ReportTemplate.class, new TemplateFeeder(context, service));
        templates.open();

        serviceRegistration = context.registerService(ReportService.class, service, null);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(REPORT_ID_PROPERTY, ClassListTemplate.ID);
        classListRegistration = context.registerService(ReportTemplate.class,
                new ClassListTemplate(rosters::getService, clock), properties);
        Dictionary<String, Object> movementProperties = new Hashtable<>();
        movementProperties.put(REPORT_ID_PROPERTY, MovementReportTemplate.ID);
        movementRegistration = context.registerService(ReportTemplate.class,
                new MovementReportTemplate(movements::getService, rosters::getService), movementProperties);
        letterPrinterRegistration = context.registerService(CredentialLetterPrinter.class,
                new CredentialLetterRenderer(clock), null);
    }

    @Override
    public void stop(BundleContext context) {
        unregister(letterPrinterRegistration);
        unregister(movementRegistration);
        unregister(classListRegistration);
        unregister(serviceRegistration);
        templates.close();
        movements.close();
        rosters.close();
        accessPolicies.close();
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // The framework may have unregistered it while stopping; nothing left to do.
        }
    }

    /** Hands template services to the engine as they come and go. */
    private record TemplateFeeder(BundleContext context, JasperReportService service)
            implements ServiceTrackerCustomizer<ReportTemplate, ReportTemplate> {

        @Override
        public ReportTemplate addingService(ServiceReference<ReportTemplate> reference) {
            ReportTemplate template = context.getService(reference);
            if (template != null) {
                service.addTemplate(template);
            }
            return template;
        }

        @Override
        public void modifiedService(ServiceReference<ReportTemplate> reference, ReportTemplate template) {
            // Nothing cached depends on service properties.
        }

        @Override
        public void removedService(ServiceReference<ReportTemplate> reference, ReportTemplate template) {
            service.removeTemplate(template);
            context.ungetService(reference);
        }
    }
}
