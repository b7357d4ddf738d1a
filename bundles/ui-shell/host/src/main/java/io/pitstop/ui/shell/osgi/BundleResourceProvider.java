package io.pitstop.ui.shell.osgi;

import com.vaadin.flow.di.ResourceProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;

/**
 * Finds application resources (the production bundle under
 * {@code META-INF/VAADIN}) with this bundle's class loader. Flow's own
 * provider uses flow-server's class loader, which cannot see into this
 * bundle, and then {@code /} fails with "Cannot get the 'index.html'".
 * Vaadin's lookup initializer finds this class through {@code @HandlesTypes},
 * which Pax Web honours for a Web Application Bundle.
 */
public class BundleResourceProvider implements ResourceProvider {

    private static ClassLoader loader() {
        return BundleResourceProvider.class.getClassLoader();
    }

    @Override
    public URL getApplicationResource(String path) {
        return loader().getResource(path);
    }

    @Override
    public List<URL> getApplicationResources(String path) throws IOException {
        return Collections.list(loader().getResources(path));
    }

    @Override
    public URL getClientResource(String path) {
        URL own = loader().getResource(path);
        // flow-client's resources are not in this bundle; flow-server's loader reaches them through its imports
        return own != null ? own : com.vaadin.flow.server.VaadinServlet.class.getClassLoader().getResource(path);
    }

    @Override
    public InputStream getClientResourceAsStream(String path) throws IOException {
        URL url = getClientResource(path);
        if (url == null) {
            throw new IOException("No client resource " + path);
        }
        return url.openStream();
    }
}
