package org.ejournal.host.web;

import java.util.Objects;
import java.util.Optional;

import org.ejournal.host.i18n.MessageCatalog;
import org.ejournal.host.routes.ContributionRegistry;
import org.ejournal.host.security.LoginService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import com.vaadin.flow.server.VaadinService;

/**
 * The host's parts that Vaadin-created objects (views, layout, listeners) need. One instance per
 * host, stored as a servlet context attribute, so several hosts in one JVM (tests) stay apart;
 * Vaadin objects find it with {@link #current()}.
 */
public final class HostServices {

    private final BundleContext systemContext;
    private final ContributionRegistry contributions;
    private final LoginService loginService;
    private final MessageCatalog messages;
    private final OpenUis openUis = new OpenUis();

    public HostServices(BundleContext systemContext, ContributionRegistry contributions, LoginService loginService,
                        MessageCatalog messages) {
        this.systemContext = Objects.requireNonNull(systemContext);
        this.contributions = Objects.requireNonNull(contributions);
        this.loginService = Objects.requireNonNull(loginService);
        this.messages = Objects.requireNonNull(messages);
    }

    /** The services of the host serving the current Vaadin request. */
    public static HostServices current() {
        VaadinService service = VaadinService.getCurrent();
        HostServices services = service == null ? null : service.getContext().getAttribute(HostServices.class);
        if (services == null) {
            throw new IllegalStateException("No eJournal host behind this Vaadin service");
        }
        return services;
    }

    public BundleContext systemContext() {
        return systemContext;
    }

    public ContributionRegistry contributions() {
        return contributions;
    }

    public LoginService loginService() {
        return loginService;
    }

    public MessageCatalog messages() {
        return messages;
    }

    public OpenUis openUis() {
        return openUis;
    }

    /** A service from the OSGi registry, if one is registered now. */
    public <T> Optional<T> service(Class<T> type) {
        try {
            ServiceReference<T> ref = systemContext.getServiceReference(type);
            return ref == null ? Optional.empty() : Optional.ofNullable(systemContext.getService(ref));
        } catch (IllegalStateException stoppedFramework) {
            return Optional.empty();
        }
    }
}
