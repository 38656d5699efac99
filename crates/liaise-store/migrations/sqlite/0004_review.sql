-- Statements a reader was unsure of wait here for a person before any of their names reaches the
-- registry; corrections a person made to a reading are kept by the file they apply to, so that
-- importing the same file again keeps them (the correction wins over the reader).
CREATE TABLE review_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256 TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    size INTEGER NOT NULL,
    state TEXT NOT NULL,
    record TEXT NOT NULL,
    warnings TEXT NOT NULL,
    reasons TEXT NOT NULL,
    ls_id INTEGER REFERENCES ls (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX review_items_by_state ON review_items (state, id);

CREATE TABLE corrections (
    sha256 TEXT PRIMARY KEY,
    fields TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
