package io.pitstop.documents.impl;

import io.pitstop.documents.api.DocumentLine;
import io.pitstop.documents.api.LegalEntity;
import io.pitstop.documents.api.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a layout prints, fixed at issue time. {@code vat} null: the issuer charges none. {@code qr}: the
 * payment QR payload, null for documents that are not paid by it (acts). {@code logo}, {@code stamp}: image bytes or null.
 */
record RenderData(String kind, String number, LocalDate date, String language, LegalEntity issuer, Party buyer,
                  List<DocumentLine> lines, BigDecimal total, BigDecimal vat, String purpose, String qr, byte[] logo,
                  byte[] stamp) {
}
