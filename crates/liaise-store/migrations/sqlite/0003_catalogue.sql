-- The catalogue of deliverables, the taxonomy of topics, proposals read from statements, and the
-- gap records of the roadmap.

-- One entry per document at the granularity its family publishes (see liaise-core's
-- catalogue::ident): `key` is family, document and edition folded; `doc_key` the document alone.
CREATE TABLE catalogue (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    doc_key TEXT NOT NULL,
    identifier TEXT NOT NULL,
    family TEXT NOT NULL,
    title TEXT NOT NULL,
    body_id INTEGER REFERENCES bodies (id),
    entry_type TEXT,
    status TEXT,
    lifecycle TEXT,
    started TEXT,
    published TEXT,
    withdrawn TEXT,
    url TEXT,
    version TEXT,
    release TEXT,
    digest TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX catalogue_by_doc ON catalogue (doc_key);
CREATE INDEX catalogue_by_body ON catalogue (body_id);

CREATE TABLE catalogue_relations (
    entry_id INTEGER NOT NULL REFERENCES catalogue (id),
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    target_key TEXT,
    PRIMARY KEY (entry_id, kind, target)
);
CREATE INDEX catalogue_relations_by_target ON catalogue_relations (target_key);

-- Where an entry came from: an import (the file), a statement (accepted proposal), a person.
CREATE TABLE catalogue_sources (
    entry_id INTEGER NOT NULL REFERENCES catalogue (id),
    kind TEXT NOT NULL,
    origin TEXT NOT NULL,
    ls_id INTEGER REFERENCES ls (id),
    at TEXT NOT NULL,
    PRIMARY KEY (entry_id, kind, origin)
);

-- The taxonomy: topic groups and topics ("Infrastructure / Cloud network"; "Media CODEC" has no
-- topic of its own), with the bodies a statement's table relates to each.
CREATE TABLE topics (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    topic_group TEXT NOT NULL,
    name TEXT,
    position INTEGER NOT NULL,
    all_sdos INTEGER NOT NULL,
    source_ls_id INTEGER REFERENCES ls (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE topic_bodies (
    topic_id INTEGER NOT NULL REFERENCES topics (id),
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    especially INTEGER NOT NULL,
    PRIMARY KEY (topic_id, body_id)
);

CREATE TABLE catalogue_topics (
    entry_id INTEGER NOT NULL REFERENCES catalogue (id),
    topic_id INTEGER NOT NULL REFERENCES topics (id),
    PRIMARY KEY (entry_id, topic_id)
);
CREATE INDEX catalogue_topics_by_topic ON catalogue_topics (topic_id);

-- Identifiers a statement cites, proposed as entries (or matched to one) for a person to accept.
CREATE TABLE catalogue_proposals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ls_id INTEGER NOT NULL REFERENCES ls (id),
    key TEXT NOT NULL,
    identifier TEXT NOT NULL,
    title TEXT,
    body_id INTEGER REFERENCES bodies (id),
    entry_id INTEGER REFERENCES catalogue (id),
    context TEXT,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (ls_id, key)
);

-- Gap records as standardization roadmaps keep them, with dated progress updates.
CREATE TABLE gaps (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    description TEXT,
    priority TEXT NOT NULL,
    topic_id INTEGER REFERENCES topics (id),
    progress TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE gap_bodies (
    gap_id INTEGER NOT NULL REFERENCES gaps (id),
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    PRIMARY KEY (gap_id, body_id)
);

CREATE TABLE gap_updates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    gap_id INTEGER NOT NULL REFERENCES gaps (id),
    on_date TEXT NOT NULL,
    progress TEXT NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX gap_updates_by_gap ON gap_updates (gap_id, on_date);
