/**
 * Credit applications (кредитные заявки) on a client, their stages and the bank's decision, the dealer's rewards
 * posted to the ledger when a loan is issued, and the income per deal summed per manager and month.
 */
@Export
@Version("1.0.0")
package io.pitstop.kso.api.applications;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
