/**
 * KSO (комплекс страховых и финансовых услуг): credit programmes of banks, finance products with the dealer's
 * rewards, the loan calculator and programme matching, credit applications on a client. Plugins and views use
 * these services; the plugin's REST resources and views are built on them.
 */
@Export
@Version("1.1.0")
package io.pitstop.kso.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
