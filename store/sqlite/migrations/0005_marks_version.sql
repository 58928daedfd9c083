-- Each analysed article keeps the evidence marks of its text (the
-- report's Marks), so an article page needs no story; and a version
-- that every change of the articles or the analysis raises, so that a
-- server can keep answers until it moves.
ALTER TABLE analysed ADD COLUMN marks TEXT NOT NULL DEFAULT '[]';
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO meta (key, value) VALUES ('version', 1);
