-- The event log and the projections that issue 2 needs: the registry of bodies, statements, the
-- bodies they name, the files they came from, and the people they name.
-- Dates and times are ISO-8601 TEXT (UTC times end in Z), so that they sort as text and decode
-- the same way on both backends.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX events_by_entity ON events (entity, entity_id, id);

CREATE TABLE bodies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    canonical TEXT NOT NULL,
    full_name TEXT,
    kind TEXT NOT NULL,
    parent_id INTEGER REFERENCES bodies (id),
    status TEXT NOT NULL,
    merged_into INTEGER REFERENCES bodies (id),
    note TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE body_aliases (
    key TEXT PRIMARY KEY,
    alias TEXT NOT NULL,
    body_id INTEGER NOT NULL REFERENCES bodies (id)
);
CREATE INDEX body_aliases_by_body ON body_aliases (body_id);

CREATE TABLE ls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_key TEXT NOT NULL,
    doc_number TEXT,
    source_body_id INTEGER NOT NULL REFERENCES bodies (id),
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    layout TEXT NOT NULL,
    direction TEXT NOT NULL,
    state TEXT NOT NULL,
    deadline TEXT,
    issued TEXT,
    record TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (doc_key, source_body_id)
);
CREATE INDEX ls_by_deadline ON ls (deadline);
CREATE INDEX ls_by_doc_number ON ls (doc_number);

CREATE TABLE ls_files (
    sha256 TEXT PRIMARY KEY,
    ls_id INTEGER NOT NULL REFERENCES ls (id),
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    size INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    warnings TEXT NOT NULL
);
CREATE INDEX ls_files_by_ls ON ls_files (ls_id);

-- Every body a statement names, in every list, as written and as resolved. `topic` is the row of
-- the statement's topic table for topic lists and -1 for the others. Rows are stored in the order
-- of their key, so a statement's names sit together and importing one touches few pages; only
-- recipient lists are indexed by body, for "statements sent to X" (topic lists are read per
-- statement, and a merge may scan).
CREATE TABLE ls_bodies (
    ls_id INTEGER NOT NULL REFERENCES ls (id),
    list TEXT NOT NULL,
    topic INTEGER NOT NULL,
    position INTEGER NOT NULL,
    written TEXT NOT NULL,
    name TEXT NOT NULL,
    body_id INTEGER REFERENCES bodies (id),
    marker TEXT,
    PRIMARY KEY (ls_id, list, topic, position)
) WITHOUT ROWID;
CREATE INDEX ls_bodies_by_body ON ls_bodies (body_id, ls_id)
    WHERE list IN ('source', 'for_action', 'for_comment', 'for_information', 'cc');

CREATE TABLE people (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    organization TEXT,
    country TEXT,
    email TEXT,
    phone TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX people_by_name_key ON people (name_key);
CREATE INDEX people_by_email ON people (email);

-- The officers of a group as a statement names them (chair, vice-chair, ...).
CREATE TABLE officers (
    person_id INTEGER NOT NULL REFERENCES people (id),
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    role TEXT NOT NULL,
    source_ls_id INTEGER REFERENCES ls (id),
    since TEXT,
    PRIMARY KEY (person_id, body_id, role)
);
CREATE INDEX officers_by_body ON officers (body_id);

CREATE TABLE ls_contacts (
    ls_id INTEGER NOT NULL REFERENCES ls (id),
    position INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    role TEXT,
    PRIMARY KEY (ls_id, position)
);
CREATE INDEX ls_contacts_by_person ON ls_contacts (person_id);
