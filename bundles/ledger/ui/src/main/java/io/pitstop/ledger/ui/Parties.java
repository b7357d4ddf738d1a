package io.pitstop.ledger.ui;

import io.pitstop.ledger.api.Entry;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.LedgerTransaction;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The books a journal row names: the account is the first customer (personal)
 * book the transaction touches, since a journal reader asks whose money moved;
 * the counterparty is every other book (the bank for a top-up, revenue for a
 * charge, the receiving account of a transfer). A transaction between house
 * books only names its first book as the account.
 */
record Parties(UUID account, List<UUID> counterparties) {
    static Parties of(LedgerTransaction tx) {
        List<UUID> books = tx.entries().stream().map(Entry::book).distinct().toList();
        UUID account = books.stream().filter(b -> !isHouse(b)).findFirst().orElse(books.isEmpty() ? null : books.get(0));
        return new Parties(account, books.stream().filter(b -> !Objects.equals(b, account)).toList());
    }

    /** The house book with this id, or null for a customer's book. */
    static HouseBook house(UUID book) {
        for (HouseBook h : HouseBook.values()) {
            if (h.bookId().equals(book)) {
                return h;
            }
        }
        return null;
    }

    static boolean isHouse(UUID book) {
        return house(book) != null;
    }
}
