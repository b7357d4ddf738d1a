-- Prefix search on name words: word LIKE 'x%' reads this index as a range.
CREATE INDEX contact_word_word ON contact_word (word, contact_id);
