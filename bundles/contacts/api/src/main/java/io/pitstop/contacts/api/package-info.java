/**
 * Contacts: organisations (legal entities) and persons, with Russian
 * registration numbers (INN, KPP, OGRN) checked by their checksums, phones in
 * E.164, relations, tags and duplicate detection.
 */
@Export
@Version("1.5.0")
package io.pitstop.contacts.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
