-- Dead letters people act on: the route that failed (to send the message through again), its endpoint and headers,
-- the status (OPEN, REPROCESSED, RESOLVED) with who handled it, when and why, and a claim that keeps two people
-- from reprocessing one letter at the same moment.
ALTER TABLE dead_letter ADD COLUMN route VARCHAR(200);
ALTER TABLE dead_letter ADD COLUMN endpoint VARCHAR(1000);
ALTER TABLE dead_letter ADD COLUMN headers VARCHAR(16000);
ALTER TABLE dead_letter ADD COLUMN status VARCHAR(20) DEFAULT 'OPEN' NOT NULL;
ALTER TABLE dead_letter ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE dead_letter ADD COLUMN handled_by VARCHAR(200);
ALTER TABLE dead_letter ADD COLUMN handled_at TIMESTAMP;
ALTER TABLE dead_letter ADD COLUMN handling_comment VARCHAR(2000);
ALTER TABLE dead_letter ADD COLUMN claimed_at TIMESTAMP;
CREATE INDEX dead_letter_status ON dead_letter (status, at_utc);
CREATE INDEX dead_letter_route ON dead_letter (route, at_utc);
