package io.pitstop.ledger.impl;

import io.pitstop.ledger.api.PostingLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * SHA-256 fingerprints. Every field is written with its length in front, so
 * no choice of text in one field can imitate another field's boundary.
 */
final class Hashes {
    /** prev_hash of the first entry of every book's chain, and the hash before the first seal. */
    static final String GENESIS = "0".repeat(64);

    private Hashes() {
    }

    /** Content hash of a transaction over its canonical fields and lines. */
    static String transaction(UUID id, String type, String reason, String sourceDocument, String author,
                              Instant postedAt, UUID reverses, List<PostingLine> lines) {
        Canonical c = new Canonical().add("tx/1").add(id).add(type).add(reason).add(sourceDocument).add(author)
                .add(postedAt.toEpochMilli()).add(reverses).add(lines.size());
        for (PostingLine line : lines) {
            c.add(line.book()).add(line.amount()).add(line.currency()).add(line.memo());
        }
        return c.sha256();
    }

    /** Hash of one entry in a book's own chain, kept by the entries posted before sealing (V002, V003). */
    static String entry(String prevHash, String transactionHash, UUID book, BigDecimal amount, String currency,
                        BigDecimal balanceAfter) {
        return new Canonical().add("entry/1").add(prevHash).add(transactionHash).add(book).add(amount).add(currency)
                .add(balanceAfter).sha256();
    }

    /**
     * Hash of the seal of one transaction: chained to the seal before it and covering the
     * transaction's content hash and each entry's book, place, amount, balance after and time.
     */
    static String seal(String prevHash, long sealNo, String transactionId, String transactionHash, List<Seals.Sealed> entries) {
        Canonical c = new Canonical().add("seal/1").add(prevHash).add(sealNo).add(transactionId).add(transactionHash)
                .add(entries.size());
        for (Seals.Sealed e : entries) {
            c.add(e.lineNo()).add(e.book()).add(e.seq()).add(e.amount()).add(e.currency()).add(e.balanceAfter())
                    .add(e.postedAt().toEpochMilli());
        }
        return c.sha256();
    }

    /** Fingerprint of a request, to tell a retry from another request that reuses its idempotency key. */
    static String request(Object... parts) {
        Canonical c = new Canonical();
        for (Object part : parts) {
            if (part instanceof List<?>) {
                for (Object item : (List<?>) part) {
                    PostingLine line = (PostingLine) item;
                    c.add(line.book()).add(line.amount()).add(line.currency()).add(line.memo());
                }
            } else {
                c.add(part);
            }
        }
        return c.sha256();
    }

    /** Length-prefixed concatenation; amounts always as plain text with two decimals. */
    static final class Canonical {
        private final StringBuilder text = new StringBuilder(256);

        Canonical add(Object value) {
            if (value == null) {
                text.append("-|");
                return this;
            }
            String s = value instanceof BigDecimal ? ((BigDecimal) value).setScale(2).toPlainString() : value.toString();
            text.append(s.length()).append(':').append(s).append('|');
            return this;
        }

        String sha256() {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                return HexFormat.of().formatHex(md.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
            }
        }
    }
}
