package io.pitstop.ui.shell.osgi;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.pitstop.ui.shell.ShellContext;
import io.pitstop.ui.shell.ShellSetup;
import java.lang.reflect.Constructor;
import java.net.URL;
import javax.servlet.ServletException;

/**
 * The Vaadin servlet of the Web Application Bundle, mapped at {@code /*} in
 * web.xml. Its service differs from Flow's in two ways that OSGi needs:
 * static resources that the servlet context does not have (push's
 * {@code vaadinPush-min.js} in flow-push, which this bundle requires) come
 * from {@code META-INF/resources} of the required bundles; and views
 * are built by their contributing services (see {@link ShellContext}) so that
 * a view gets the services its bundle holds.
 */
public class PitstopServlet extends VaadinServlet {
    private static final long serialVersionUID = 1L;

    private transient ShellContext shell;

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        shell = (ShellContext) getServletContext().getAttribute(ShellContext.class.getName());
        if (shell == null) {
            throw new ServiceException("The shell context listener has not run; check WEB-INF/web.xml");
        }
        VaadinServletService service = new VaadinServletService(this, configuration) {
            private static final long serialVersionUID = 1L;

            @Override
            protected Instantiator createInstantiator() {
                return new ShellInstantiator(this, shell);
            }

            @Override
            public URL getStaticResource(String path) {
                URL url = super.getStaticResource(path);
                return url != null ? url : shell.requiredBundleResource(path);
            }
        };
        service.init();
        return service;
    }

    @Override
    protected void servletInitialized() throws ServletException {
        ShellSetup.install(getService(), shell);
    }

    /**
     * Builds contributed views with their contribution, shell classes that
     * take the {@link ShellContext} with it, and everything else as Flow does.
     */
    private static final class ShellInstantiator extends DefaultInstantiator {
        private static final long serialVersionUID = 1L;
        private final transient ShellContext shell;

        ShellInstantiator(VaadinServletService service, ShellContext shell) {
            super(service);
            this.shell = shell;
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            Object view = shell.createView(type);
            if (view != null) {
                return type.cast(view);
            }
            try {
                Constructor<T> withShell = type.getConstructor(ShellContext.class);
                return withShell.newInstance(shell);
            } catch (NoSuchMethodException e) {
                return super.getOrCreate(type);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create " + type.getName(), e);
            }
        }
    }
}
