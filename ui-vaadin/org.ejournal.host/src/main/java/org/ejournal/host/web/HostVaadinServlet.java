package org.ejournal.host.web;

import java.util.Set;

import org.ejournal.api.ui.ViewSupport;
import org.ejournal.host.ui.AccessGuard;
import org.ejournal.host.ui.HostErrorHandler;
import org.ejournal.host.ui.HostErrorView;
import org.ejournal.host.ui.LoginView;
import org.ejournal.host.ui.LogoutView;
import org.ejournal.host.ui.PasswordView;
import org.ejournal.host.ui.SchoolsView;
import org.ejournal.host.ui.MainLayout;
import org.ejournal.host.ui.NotFoundView;
import org.ejournal.host.ui.StartView;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import jakarta.servlet.ServletException;

/**
 * The Vaadin servlet of the host. It wires the per-host parts into Vaadin without static state:
 * the merged {@link I18NProvider}, the error handler, the access guard on every UI, and the host's own
 * routes (registered here, not by annotation scanning, so the host's classes need not be scanned in
 * whatever form they appear on the class path).
 */
public final class HostVaadinServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        HostServices services = (HostServices) getServletContext().getAttribute(HostServices.class.getName());
        VaadinServletService service = new VaadinServletService(this, configuration) {
            private static final long serialVersionUID = 1L;

            @Override
            protected Instantiator createInstantiator() throws ServiceException {
                return new DefaultInstantiator(this) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public I18NProvider getI18NProvider() {
                        return services.messages();
                    }
                };
            }
        };
        service.init();
        return service;
    }

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        HostServices services = (HostServices) getServletContext().getAttribute(HostServices.class.getName());
        HostErrorHandler errorHandler = new HostErrorHandler(services.messages());
        getService().addSessionInitListener(e -> {
            e.getSession().setErrorHandler(errorHandler);
            // Russian for everyone, whatever the browser says: school PCs often report English.
            e.getSession().setLocale(ViewSupport.RUSSIAN);
        });
        AccessGuard guard = new AccessGuard();
        getService().addUIInitListener(e -> {
            e.getUI().setLocale(e.getUI().getSession().getLocale());
            e.getUI().addBeforeEnterListener(guard);
            services.openUis().add(e.getUI());
        });
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(getService().getContext()));
        routes.setRoute(LoginView.ROUTE, LoginView.class);
        routes.setRoute(LogoutView.ROUTE, LogoutView.class);
        routes.setRoute(PasswordView.ROUTE, PasswordView.class);
        routes.setRoute(StartView.ROUTE, StartView.class, MainLayout.class);
        routes.setRoute(SchoolsView.ROUTE, SchoolsView.class, MainLayout.class);
        // added to the error views Vaadin found by scanning (its "not found" stays for unknown routes)
        ApplicationRouteRegistry.getInstance(getService().getContext())
                .setErrorNavigationTargets(Set.of(HostErrorView.class, NotFoundView.class));
    }
}
