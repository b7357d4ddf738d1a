/**
 * Bank payments (платежи): statements read once, each incoming document a payment matched to a personal account or a
 * client with the reason written down, the unmatched queue worked by hand, and {@link io.pitstop.payments.api.InvoiceMatching},
 * the extension point through which a billing plugin matches payments to its invoices.
 */
@Export
@Version("1.0.0")
package io.pitstop.payments.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
