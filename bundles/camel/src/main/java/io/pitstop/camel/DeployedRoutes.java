package io.pitstop.camel;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RoutesDefinition;
import org.apache.camel.xml.jaxb.JaxbHelper;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.apache.felix.fileinstall.ArtifactListener;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets an integrator drop a Camel XML routes file ({@code <routes xmlns="http://camel.apache.org/schema/spring">})
 * into Karaf's {@code deploy/} folder: its routes join the shared context,
 * are replaced when the file changes and removed when it is deleted. Karaf's
 * file installer calls this for every file it does not otherwise handle.
 */
@Component(service = {ArtifactInstaller.class, ArtifactListener.class})
public class DeployedRoutes implements ArtifactInstaller {
    private static final Logger LOG = LoggerFactory.getLogger(DeployedRoutes.class);
    private static final String CAMEL_NS = "http://camel.apache.org/schema/spring";

    @Reference(target = "(camel.context.name=" + SharedCamelContext.NAME + ")")
    private CamelContext context;

    private final Map<File, List<String>> routesByFile = new ConcurrentHashMap<>();

    @Override
    public boolean canHandle(File file) {
        if (!file.getName().endsWith(".xml")) {
            return false;
        }
        try {
            String head = new String(Files.readAllBytes(file.toPath()), java.nio.charset.StandardCharsets.UTF_8);
            int root = head.indexOf("<routes");
            return root >= 0 && head.indexOf(CAMEL_NS) > root && !head.contains("<blueprint") && !head.contains("<features");
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void install(File file) throws Exception {
        RoutesDefinition routes;
        try (InputStream in = Files.newInputStream(file.toPath())) {
            routes = JaxbHelper.loadRoutesDefinition(context, in);
        }
        List<String> ids = new ArrayList<>();
        for (RouteDefinition r : routes.getRoutes()) {
            if (r.getRouteId() == null) {
                r.setId(file.getName().replace(".xml", "") + "-" + ids.size());
            }
            ids.add(r.getRouteId());
        }
        context.adapt(ModelCamelContext.class).addRouteDefinitions(routes.getRoutes());
        routesByFile.put(file, ids);
        LOG.info("Started routes {} from {}", ids, file);
    }

    @Override
    public void update(File file) throws Exception {
        uninstall(file);
        install(file);
    }

    @Override
    public void uninstall(File file) throws Exception {
        List<String> ids = routesByFile.remove(file);
        if (ids == null) {
            return;
        }
        for (String id : ids) {
            context.getRouteController().stopRoute(id);
            context.removeRoute(id);
        }
        LOG.info("Removed routes {} of {}", ids, file);
    }

    @Deactivate
    void deactivate() {
        for (File f : List.copyOf(routesByFile.keySet())) {
            try {
                uninstall(f);
            } catch (Exception e) {
                LOG.warn("Could not remove routes of {}: {}", f, e.getMessage());
            }
        }
    }
}
