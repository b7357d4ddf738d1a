package io.pitstop.shell;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.jobs.JobRun;
import io.pitstop.core.api.jobs.Jobs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Starts a background job from the console, as an administrator would from the jobs page. */
@Service
@Command(scope = "pitstop", name = "job-start", description = "Start a background job: pitstop:job-start demo.count steps=50")
public class JobStart implements Action {
    @Reference
    private Jobs jobs;

    @Argument(index = 0, name = "type", description = "job type, e.g. demo.count", required = true)
    private String type;

    @Argument(index = 1, name = "parameters", description = "name=value pairs", multiValued = true)
    private List<String> parameters;

    @Override
    public Object execute() {
        Map<String, String> params = new LinkedHashMap<>();
        if (parameters != null) {
            for (String p : parameters) {
                int eq = p.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("parameter '" + p + "' must be name=value");
                }
                params.put(p.substring(0, eq), p.substring(eq + 1));
            }
        }
        // the console is the server's own operator: runs as the system administrator, audited as the shell
        JobRun run = jobs.start(Actor.system("shell"), type, params);
        System.out.printf("Started %s (%s)%n", run.id(), run.type());
        return null;
    }
}
