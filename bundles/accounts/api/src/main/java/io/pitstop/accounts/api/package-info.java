/**
 * Personal accounts (лицевые счета): each owned by exactly one contact, with
 * number, currency, status, credit limit and critical-balance threshold.
 * Money on an account lives in the ledger; see {@code io.pitstop.ledger.api}.
 */
@Export
@Version("1.2.0")
package io.pitstop.accounts.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
