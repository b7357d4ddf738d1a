/**
 * The staff UI kit: the parts every view, a plugin's included, is built from,
 * so that lists count, filter, export and say when they are empty, cards look
 * alike, forms check fields as they are left, money actions state what will
 * happen, history reads as changes, and a file is taken by drop or pick under a
 * size limit ({@link io.pitstop.ui.api.kit.FileDrop}, 1.1). The gallery page ({@code /kit}, admins)
 * shows each part with sample data.
 */
@Export
@Version("1.1.0")
package io.pitstop.ui.api.kit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
