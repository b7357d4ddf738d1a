/**
 * Tasks (задачи): what a member of staff must do, by when, for which records, and where it stands. Created by
 * people through REST and by plugins through {@link io.pitstop.tasks.api.TaskService}; every change is audited and
 * published on the topics of {@link io.pitstop.tasks.api.TaskEvents}.
 */
@Export
@Version("1.1.0")
package io.pitstop.tasks.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
