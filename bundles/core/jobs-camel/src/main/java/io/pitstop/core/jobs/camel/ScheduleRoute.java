package io.pitstop.core.jobs.camel;

import io.pitstop.core.api.jobs.Jobs;
import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks {@link Jobs} every second to start the schedules whose instant has come, on one node at a time: the timer
 * sits behind {@code master:}, so only the server holding the cluster lock runs it, and another takes over when
 * that one stops. The lock is Camel's {@link FileLockClusterService} on {@code data/camel-cluster} (a shared disk
 * for several machines); a cluster service an integrator put in the context first is used instead. No lock table
 * of our own: the database only keeps a schedule's instant from being taken twice.
 */
@Component(service = RoutesBuilder.class, property = "pitstop.routes=true")
public class ScheduleRoute extends RouteBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRoute.class);
    static final String ROUTE_ID = "pitstop-job-schedules";

    @Reference
    private Jobs jobs;

    @Override
    public void configure() throws Exception {
        CamelContext ctx = getContext();
        if (ctx.hasService(CamelClusterService.class) == null) {
            FileLockClusterService cluster = new FileLockClusterService();
            cluster.setId("pitstop-file-lock");
            cluster.setRoot(Path.of(System.getProperty("karaf.data", "data"), "camel-cluster").toString());
            ctx.addService(cluster, true, true);
            LOG.info("Camel cluster service: file lock under {}", cluster.getRoot());
        }
        from("master:" + ROUTE_ID + ":timer:" + ROUTE_ID + "?period=1000&delay=500")
                .routeId(ROUTE_ID)
                .process(exchange -> {
                    int started = jobs.fireDueSchedules();
                    if (started > 0) {
                        LOG.info("Started {} scheduled job run(s)", started);
                    }
                });
    }
}
