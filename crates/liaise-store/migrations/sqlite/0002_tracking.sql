-- Tracking: what each recipient owes, replies linked to what they answer, liaison rapporteurs,
-- reminders sent. States change only together with an event (see src/track.rs).

-- One action per for-action recipient and request of a statement (request -1 when the statement
-- lists no separate requests). "Overdue" is not stored: it follows from the deadline and today.
CREATE TABLE actions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ls_id INTEGER NOT NULL REFERENCES ls (id),
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    request_index INTEGER NOT NULL,
    request TEXT NOT NULL,
    state TEXT NOT NULL,
    answered_by INTEGER REFERENCES ls (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (ls_id, body_id, request_index)
);
CREATE INDEX actions_by_body ON actions (body_id);
CREATE INDEX actions_by_state ON actions (state, ls_id);

-- Document numbers a statement says it answers, folded by name_key, so that a reply imported
-- before its original is linked when the original arrives.
CREATE TABLE ls_refs (
    ls_id INTEGER NOT NULL REFERENCES ls (id),
    number_key TEXT NOT NULL,
    number TEXT NOT NULL,
    PRIMARY KEY (ls_id, number_key)
);
CREATE INDEX ls_refs_by_number ON ls_refs (number_key);

-- A reply and the statement it answers.
CREATE TABLE ls_links (
    reply_id INTEGER NOT NULL REFERENCES ls (id),
    original_id INTEGER NOT NULL REFERENCES ls (id),
    how TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (reply_id, original_id)
);
CREATE INDEX ls_links_by_original ON ls_links (original_id);

-- A person designated to represent a body towards a group: proposed (read from a statement),
-- confirmed or rejected by a person; ended by a date.
CREATE TABLE designations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES people (id),
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    towards_id INTEGER REFERENCES bodies (id),
    role TEXT NOT NULL,
    since TEXT,
    until TEXT,
    status TEXT NOT NULL,
    source_ls_id INTEGER REFERENCES ls (id),
    quote TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX designations_by_body ON designations (body_id, status);

-- One row per reminder moment of one body on one statement. The unique key is what keeps two
-- overlapping `remind` runs from sending the same reminder: each claims the row before sending.
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ls_id INTEGER NOT NULL REFERENCES ls (id),
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    slot TEXT NOT NULL,
    status TEXT NOT NULL,
    recipients TEXT NOT NULL,
    subject TEXT,
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (ls_id, body_id, slot)
);
