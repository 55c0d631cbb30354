-- Full-text search over the knowledge base (title, body, tags), split like incident_fts.
-- rowid = knowledge_doc.rowid.

CREATE VIRTUAL TABLE knowledge_fts USING fts5 (terms, tokenize = 'unicode61 remove_diacritics 2');
