-- Articles as read and as extracted. The body is the raw document
-- (gzip), so a later extractor can read it again; extracted is the
-- extraction without its text (JSON), text is the main text.
CREATE TABLE articles (
    id        TEXT PRIMARY KEY,
    hash      TEXT NOT NULL,
    source    TEXT NOT NULL,
    url       TEXT NOT NULL,
    site      TEXT NOT NULL,
    title     TEXT NOT NULL,
    format    INTEGER NOT NULL,
    published TEXT NOT NULL,
    charset   TEXT NOT NULL,
    notes     TEXT NOT NULL,
    body      BLOB NOT NULL,
    extracted TEXT NOT NULL,
    text      TEXT NOT NULL,
    added     TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles (hash);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content = 'articles', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

-- The latest analysis: each story (the report's story object, JSON) with
-- what lists sort by, and each analysed article (the report's article
-- object) with its story.
CREATE TABLE stories (
    id        TEXT PRIMARY KEY,
    title     TEXT NOT NULL,
    articles  INTEGER NOT NULL,
    sources   INTEGER NOT NULL,
    events    INTEGER NOT NULL,
    conflicts INTEGER NOT NULL,
    first     TEXT NOT NULL,
    last      TEXT NOT NULL,
    body      TEXT NOT NULL
);
CREATE INDEX stories_last ON stories (last);

CREATE TABLE analysed (
    id    TEXT PRIMARY KEY,
    story TEXT NOT NULL,
    body  TEXT NOT NULL
);
