/**
 * Billing (биллинг): the catalogue of products with prices per billing cycle, tariff strings as telematics staff type
 * them, subscriptions of personal accounts, the monthly charge with next month held in reserve (резерв на следующий
 * месяц), suspension for short funds and resumption on top-up, proration previews and billing runs. Other plugins and
 * views use these services; the plugin's REST resources and views are built on them.
 */
@Export
@Version("1.1.0")
package io.pitstop.billing.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
