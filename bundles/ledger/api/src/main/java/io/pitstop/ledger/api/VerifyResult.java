package io.pitstop.ledger.api;

import java.util.List;

/** Outcome of a tamper check over the whole journal. */
public record VerifyResult(boolean intact, long transactionsChecked, long entriesChecked, List<String> problems) {
    public VerifyResult {
        problems = List.copyOf(problems);
    }
}
