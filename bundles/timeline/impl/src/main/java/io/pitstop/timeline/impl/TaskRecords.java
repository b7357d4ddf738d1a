package io.pitstop.timeline.impl;

import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.RecordResolver;
import io.pitstop.tasks.api.TaskId;
import io.pitstop.tasks.api.TaskService;
import java.util.UUID;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code task} records comments may hang on (a task card has a comments tab like any other card). The task
 * service is looked up per call rather than referenced: the task service itself binds every resolver, this one
 * included, and a reference back would make SCR activate the two in a circle.
 */
@Component(service = RecordResolver.class)
public class TaskRecords implements RecordResolver {
    private BundleContext context;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
    }

    @Override
    public String type() {
        return TaskId.TYPE;
    }

    @Override
    public boolean exists(UUID id) {
        ServiceReference<TaskService> ref = context.getServiceReference(TaskService.class);
        TaskService tasks = ref == null ? null : context.getService(ref);
        if (tasks == null) {
            return false;
        }
        try {
            tasks.get(new TaskId(id));
            return true;
        } catch (NotFoundException e) {
            return false;
        } finally {
            context.ungetService(ref);
        }
    }
}
