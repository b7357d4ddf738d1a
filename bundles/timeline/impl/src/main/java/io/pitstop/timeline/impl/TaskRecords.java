package io.pitstop.timeline.impl;

import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.RecordResolver;
import io.pitstop.tasks.api.TaskId;
import io.pitstop.tasks.api.TaskService;
import java.util.UUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code task} records comments may hang on (a task card has a comments tab like any other card). */
@Component(service = RecordResolver.class)
public class TaskRecords implements RecordResolver {
    @Reference
    private TaskService tasks;

    @Override
    public String type() {
        return TaskId.TYPE;
    }

    @Override
    public boolean exists(UUID id) {
        try {
            tasks.get(new TaskId(id));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
