/**
 * Background jobs: long work (billing runs, imports, mass mailings, report builds) that a plugin registers as a
 * {@link io.pitstop.core.api.jobs.JobType} and anyone allowed starts from the UI, REST, the shell or a schedule,
 * with progress kept in the database, cancellation, and resumption after a server stopped under it.
 */
@Version("1.0.0")
package io.pitstop.core.api.jobs;

import org.osgi.annotation.versioning.Version;
