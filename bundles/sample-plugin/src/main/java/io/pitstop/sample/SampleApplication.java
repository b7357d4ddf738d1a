package io.pitstop.sample;

import io.pitstop.core.rest.Rest;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The sample plugin's own JAX-RS application at {@code /api/sample}. Because
 * it is separate from the core application, installing or removing the plugin
 * never rebuilds {@code /api} and no core request is refused meanwhile.
 */
@Component(service = Application.class)
@JaxrsApplicationBase(Rest.PLUGIN_APPLICATION_BASE + SampleApplication.NAME)
@JaxrsName(Rest.PLUGIN_APPLICATION_PREFIX + SampleApplication.NAME)
public class SampleApplication extends Application {
    static final String NAME = "sample";
    static final String SELECT = "(osgi.jaxrs.name=" + Rest.PLUGIN_APPLICATION_PREFIX + NAME + ")";
}
