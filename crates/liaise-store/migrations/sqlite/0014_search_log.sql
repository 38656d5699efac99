-- What the index wrote, in order: each process keeps a copy in memory of the postings and
-- documents its queries read, and reads here which documents were dropped or written since it
-- last looked. A reindex empties it and changes the generation in search_state, which makes
-- every copy start again.
CREATE TABLE search_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id INTEGER NOT NULL,
    written INTEGER NOT NULL
);
