/**
 * Our legal entities (наши юридические лица: the organisations that sell and issue documents, with their bank
 * accounts, signatories and VAT mode) and the documents service plugins use to number, render, freeze and export
 * documents: gap-free numbering per series, PDF in Russian and English, amounts in words, the GOST R 56042-2014
 * payment QR code, CSV and xlsx tables.
 */
@Export
@Version("1.0.0")
package io.pitstop.documents.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
