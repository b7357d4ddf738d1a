-- A contact merged into another stays (archived) with a pointer to the one kept: ledger entries may name it.
ALTER TABLE contact ADD COLUMN merged_into CHAR(36);
