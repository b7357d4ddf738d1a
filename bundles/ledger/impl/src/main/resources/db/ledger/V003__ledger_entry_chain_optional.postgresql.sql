-- The PostgreSQL spelling of V003__ledger_entry_chain_optional.sql.
ALTER TABLE ledger_entry ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE ledger_entry ALTER COLUMN hash DROP NOT NULL;
