-- Whether a statement may be read without an account (its personal data still hidden).
ALTER TABLE ls ADD COLUMN public INTEGER NOT NULL DEFAULT 0;
