package io.pitstop.ledger.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The company's own books, the other side of every customer posting: money
 * comes in through {@code bank}, is earned into {@code revenue}, and manual
 * corrections go through {@code adjustments}. House books may go negative.
 */
public enum HouseBook {
    BANK,
    CASH,
    REVENUE,
    ADJUSTMENTS,
    REFUNDS;

    /** Stable book id, the same on every installation. */
    public UUID bookId() {
        return UUID.nameUUIDFromBytes(("pitstop:house-book:" + name().toLowerCase(java.util.Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8));
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static HouseBook byCode(String code) {
        for (HouseBook b : values()) {
            if (b.code().equals(code)) {
                return b;
            }
        }
        return null;
    }
}
