-- A hold's void is a money write like any other and takes an Idempotency-Key: close_key keeps the
-- key of the request that closed the hold, so a repeat with it is answered with the voided hold
-- and a void under another key is told the hold was voided already. Empty on holds closed before.
ALTER TABLE ledger_hold ADD COLUMN close_key VARCHAR(200);
CREATE INDEX ledger_hold_close_key ON ledger_hold (close_key);
