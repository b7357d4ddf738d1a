/**
 * The activity timeline (история работы) of any record and comments on any record. Entries are recorded when
 * something happens, with their text rendered in every language the server speaks at that moment, so an entry of a
 * plugin stays readable after the plugin is gone. Bundles and plugins record through {@link
 * io.pitstop.timeline.api.Timeline}; comments go through {@link io.pitstop.timeline.api.CommentService}.
 */
@Export
@Version("1.1.0")
package io.pitstop.timeline.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
