package io.pitstop.ui.shell.osgi;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.pitstop.ui.shell.MainLayout;
import io.pitstop.ui.shell.ShellContext;
import io.pitstop.ui.shell.views.BuiltInViews;
import javax.servlet.ServletContext;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import org.osgi.framework.BundleContext;

/**
 * Connects the web application to OSGi: takes the bundle context that Pax
 * Web puts into the servlet context, and starts the {@link ShellContext}
 * that routes contributed views for as long as their services live. Routes
 * go straight into the application's route registry, because
 * {@code RouteConfiguration.forApplicationScope()} needs a current Vaadin
 * service, which service callbacks do not have.
 */
public class ShellContextListener implements ServletContextListener {
    /** Set by the OSGi web container for every Web Application Bundle. */
    static final String BUNDLE_CONTEXT = "osgi-bundlecontext";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext servletContext = event.getServletContext();
        BundleContext bundleContext = (BundleContext) servletContext.getAttribute(BUNDLE_CONTEXT);
        if (bundleContext == null) {
            throw new IllegalStateException("No " + BUNDLE_CONTEXT + " attribute: the UI shell must run as a Web Application Bundle");
        }
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)));
        ShellContext shell = new ShellContext(bundleContext, routes, MainLayout.class);
        servletContext.setAttribute(ShellContext.class.getName(), shell);
        shell.open(BuiltInViews.create(shell));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Object shell = event.getServletContext().getAttribute(ShellContext.class.getName());
        if (shell instanceof ShellContext s) {
            s.close();
        }
    }
}
