-- Entries posted from V002 on carry no per-book chain hash: the seal chain covers them.
-- prev_hash / hash stay on the entries posted before (their chain, whose head is
-- ledger_book.last_hash, is still verified) and are empty on the later ones.
ALTER TABLE ledger_entry ALTER COLUMN prev_hash NULL;
ALTER TABLE ledger_entry ALTER COLUMN hash NULL;
