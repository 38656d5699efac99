-- The statement list, in its order, with the columns its filters read: a page and its total
-- are read from this index without touching the rows, whose stored record (often tens of
-- kilobytes, before created_at in the row) made every page read every record.
CREATE INDEX ls_listing ON ls (COALESCE(issued, created_at), id, source_body_id, deadline, state, direction, kind, public);
