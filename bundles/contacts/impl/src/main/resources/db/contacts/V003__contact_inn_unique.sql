-- One contact per INN, also when two requests create it at the same moment: the service checks first and names the
-- holder; this constraint refuses the one that loses the race. Both databases let several rows keep a NULL INN.
ALTER TABLE contact ADD CONSTRAINT contact_inn_unique UNIQUE (inn);
