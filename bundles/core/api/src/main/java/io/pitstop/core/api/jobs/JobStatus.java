package io.pitstop.core.api.jobs;

/** Where a run stands. {@code FAILED} runs whose type saves checkpoints can be resumed. */
public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
