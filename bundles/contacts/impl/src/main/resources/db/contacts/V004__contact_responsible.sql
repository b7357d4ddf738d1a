-- Staff responsible for a contact, by business line (the personal manager of seed 001: one for tachographs, one
-- for monitoring). The login is the staff directory's key; the index serves "only my clients".
CREATE TABLE contact_responsible (
  contact_id CHAR(36) NOT NULL,
  pos INTEGER NOT NULL,
  line_code VARCHAR(40) NOT NULL,
  login VARCHAR(60) NOT NULL,
  PRIMARY KEY (contact_id, pos),
  CONSTRAINT contact_responsible_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);
CREATE INDEX contact_responsible_login ON contact_responsible (login, contact_id);
