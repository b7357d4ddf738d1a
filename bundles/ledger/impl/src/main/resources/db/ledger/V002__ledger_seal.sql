-- Tamper evidence moves out of the posting: a posting no longer extends per-book hash chains
-- under its books' row locks. It queues its transaction in ledger_unsealed, and a sealer
-- (LedgerSealing, and every verify) later chains committed transactions into one seal chain:
-- ledger_seal numbers them 1, 2, 3... and each hash covers the previous hash, the transaction's
-- content hash and its entries (book, position, amount, balance after, time).
-- ledger_seal_head holds the chain's last number and hash; its row lock orders the sealers.
-- Entries keep their place in the book (book_seq) and balance after them, exact under the book
-- lock; their own chain hashes go (V003).

CREATE TABLE ledger_unsealed (
  transaction_id CHAR(36) NOT NULL PRIMARY KEY
);

CREATE TABLE ledger_seal (
  seal_no BIGINT NOT NULL PRIMARY KEY,
  transaction_id CHAR(36) NOT NULL,
  hash CHAR(64) NOT NULL,
  CONSTRAINT ledger_seal_tx UNIQUE (transaction_id)
);

CREATE TABLE ledger_seal_head (
  id INTEGER NOT NULL PRIMARY KEY,
  last_no BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL
);
INSERT INTO ledger_seal_head (id, last_no, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- what was posted before this change is sealed by the first sealer run
INSERT INTO ledger_unsealed (transaction_id) SELECT id FROM ledger_transaction;
