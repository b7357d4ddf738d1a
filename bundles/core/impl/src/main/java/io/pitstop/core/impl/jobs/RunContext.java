package io.pitstop.core.impl.jobs;

import io.pitstop.core.api.jobs.JobContext;
import java.util.Map;
import java.util.UUID;

/** One attempt of a run, as its job sees it; progress goes straight to the database. */
final class RunContext implements JobContext {
    private final JobsImpl jobs;
    private final UUID id;
    private final Map<String, String> parameters;
    private final String checkpoint;
    private final long done;
    volatile boolean cancel;
    volatile String result;
    private volatile Long total;

    RunContext(JobsImpl jobs, UUID id, Map<String, String> parameters, String checkpoint, long done) {
        this.jobs = jobs;
        this.id = id;
        this.parameters = Map.copyOf(parameters);
        this.checkpoint = checkpoint;
        this.done = done;
    }

    @Override
    public UUID runId() {
        return id;
    }

    @Override
    public Map<String, String> parameters() {
        return parameters;
    }

    @Override
    public String checkpoint() {
        return checkpoint;
    }

    @Override
    public long done() {
        return done;
    }

    @Override
    public void total(long total) {
        this.total = total;
        jobs.total(id, total);
    }

    @Override
    public void progress(long done) {
        cancel |= jobs.progress(id, done, null, null, false);
    }

    @Override
    public void progress(long done, String checkpoint) {
        cancel |= jobs.progress(id, done, null, checkpoint, true);
    }

    @Override
    public boolean cancelled() {
        return cancel || Thread.currentThread().isInterrupted();
    }

    @Override
    public void result(String result) {
        this.result = result;
    }

    Long total() {
        return total;
    }
}
