-- Sending a statement the group wrote: one row per address it goes to, claimed before the
-- message leaves (status 'sending') and finished as 'sent' (with the Message-ID) or 'failed'
-- (with the error), so that a second send goes only to the addresses that failed and a
-- statement is never sent twice to anyone.
CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ls_id INTEGER NOT NULL REFERENCES ls (id),
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    body_id INTEGER REFERENCES bodies (id),
    why TEXT NOT NULL,
    status TEXT NOT NULL,
    message_id TEXT,
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (ls_id, email)
);
