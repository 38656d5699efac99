-- Statements arrive by e-mail: each message is kept (who sent it, when, its subject and
-- Message-ID), with the statements its parts became (by the SHA-256 of each part, as ls_files
-- and review_items know them), and the IMAP messages already fetched, so none is read twice.
CREATE TABLE mail_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL UNIQUE,
    sender TEXT,
    sent_at TEXT,
    subject TEXT,
    origin TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE mail_parts (
    mail_id INTEGER NOT NULL REFERENCES mail_messages (id),
    sha256 TEXT NOT NULL,
    part_name TEXT NOT NULL,
    PRIMARY KEY (mail_id, sha256)
);
CREATE INDEX mail_parts_by_sha ON mail_parts (sha256);

CREATE TABLE imap_seen (
    mailbox TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid INTEGER NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (mailbox, uidvalidity, uid)
);
