-- The search index, which follows from the tables (and so from the events): one document per
-- statement, body, person and catalogue entry, its terms with their weighted counts (the terms
-- are made by liaise_core::search, the same on both backends), its facets, and the last event
-- the index has taken in. Ranking is done by liaise, not by the database.
CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    ref_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    phrase TEXT NOT NULL,
    public INTEGER NOT NULL,
    len INTEGER NOT NULL,
    UNIQUE (kind, ref_id)
);

CREATE TABLE search_terms (
    term TEXT NOT NULL,
    doc_id INTEGER NOT NULL REFERENCES search_docs (id),
    tf INTEGER NOT NULL,
    PRIMARY KEY (term, doc_id)
);
CREATE INDEX search_terms_by_doc ON search_terms (doc_id);

CREATE TABLE search_facets (
    doc_id INTEGER NOT NULL REFERENCES search_docs (id),
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (doc_id, facet, value)
);
CREATE INDEX search_facets_by_value ON search_facets (facet, value);

CREATE TABLE search_state (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
