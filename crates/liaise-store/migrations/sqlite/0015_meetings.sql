-- Meetings of the group and its sub-groups, their agenda items, and how each incoming statement
-- is handled: allocated to sub-groups or agenda items of a meeting, its handling state, who
-- drafts the reply and by when, and the reply once it exists. Every change is also an event.
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    starts TEXT NOT NULL,
    ends TEXT NOT NULL,
    place TEXT,
    online INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX meetings_by_start ON meetings (starts);

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    body_id INTEGER REFERENCES bodies (id),
    UNIQUE (meeting_id, number)
);

CREATE TABLE handlings (
    ls_id INTEGER PRIMARY KEY REFERENCES ls (id),
    meeting_id INTEGER REFERENCES meetings (id),
    state TEXT NOT NULL,
    drafter TEXT,
    due TEXT,
    reply_ls_id INTEGER REFERENCES ls (id),
    note TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX handlings_by_meeting ON handlings (meeting_id);

CREATE TABLE allocations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ls_id INTEGER NOT NULL REFERENCES ls (id),
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    body_id INTEGER REFERENCES bodies (id),
    agenda_item_id INTEGER REFERENCES agenda_items (id),
    created_at TEXT NOT NULL
);
CREATE INDEX allocations_by_ls ON allocations (ls_id);
CREATE INDEX allocations_by_meeting ON allocations (meeting_id);
