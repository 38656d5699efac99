-- The original bytes of every file imported or queued for review, by content (SHA-256), so that
-- a statement's file can be downloaded later even when the inbox it came from has moved.
CREATE TABLE file_contents (
    sha256 TEXT PRIMARY KEY,
    content BLOB NOT NULL,
    created_at TEXT NOT NULL
);
