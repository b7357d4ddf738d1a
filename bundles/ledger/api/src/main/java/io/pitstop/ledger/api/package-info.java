/**
 * The ledger: an immutable double-entry journal of money movements between
 * books (a personal account's book, or a house book such as the bank or
 * revenue), two-phase holds, statements and tamper evidence.
 */
@Export
@Version("1.1.0")
package io.pitstop.ledger.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
