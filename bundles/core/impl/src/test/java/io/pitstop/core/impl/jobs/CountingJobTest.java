package io.pitstop.core.impl.jobs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.jobs.JobContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;

public class CountingJobTest {
    /** A context that keeps what the job reports, and cancels after a number of steps when asked to. */
    private static final class Recorder implements JobContext {
        final Map<String, String> parameters;
        final String checkpoint;
        final long doneBefore;
        final int cancelAfter;
        final List<Long> progress = new ArrayList<>();
        String result;
        long total;

        Recorder(Map<String, String> parameters, String checkpoint, long doneBefore, int cancelAfter) {
            this.parameters = parameters;
            this.checkpoint = checkpoint;
            this.doneBefore = doneBefore;
            this.cancelAfter = cancelAfter;
        }

        public UUID runId() {
            return UUID.randomUUID();
        }

        public Map<String, String> parameters() {
            return parameters;
        }

        public String checkpoint() {
            return checkpoint;
        }

        public long done() {
            return doneBefore;
        }

        public void total(long total) {
            this.total = total;
        }

        public void progress(long done) {
            progress.add(done);
        }

        public void progress(long done, String checkpoint) {
            assertEquals(String.valueOf(done), checkpoint);
            progress.add(done);
        }

        public boolean cancelled() {
            return cancelAfter >= 0 && progress.size() >= cancelAfter;
        }

        public void result(String result) {
            this.result = result;
        }
    }

    @Test
    public void aResumedRunCountsOnlyWhatIsLeft() throws Exception {
        Recorder r = new Recorder(Map.of("steps", "10", "stepMillis", "0"), "6", 6, -1);
        new CountingJob().run(r);
        assertEquals(List.of(7L, 8L, 9L, 10L), r.progress);
        assertEquals(10, r.total);
        assertEquals("Counted steps 7-10 of 10 in this attempt (4 steps)", r.result);
    }

    @Test
    public void stopsAtTheNextStepWhenCancelled() throws Exception {
        Recorder r = new Recorder(Map.of("steps", "10", "stepMillis", "0"), null, 0, 3);
        new CountingJob().run(r);
        assertEquals(List.of(1L, 2L, 3L), r.progress);
        assertTrue(r.result, r.result.endsWith("cancelled"));
    }

    @Test
    public void parametersAreChecked() {
        new CountingJob().check(Map.of("steps", "5"));
        for (Map<String, String> bad : List.of(Map.of("steps", "0"), Map.of("steps", "abc"), Map.of("stepMillis", "20000"),
                Map.of("colour", "red"))) {
            try {
                new CountingJob().check(bad);
                fail(bad + " was accepted");
            } catch (ValidationException e) {
                assertTrue(e.fieldErrors().get(0).field().startsWith("parameters."));
            }
        }
    }
}
