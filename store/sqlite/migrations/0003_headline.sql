-- Search and its hits use what extraction found (the headline and the
-- publish time an article's page gives), not only what the input named:
-- an HTML file comes with neither.
ALTER TABLE articles ADD COLUMN headline TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN dated TEXT NOT NULL DEFAULT '';
UPDATE articles SET
    headline = COALESCE(json_extract(extracted, '$.Title'), ''),
    dated = CASE WHEN COALESCE(json_extract(extracted, '$.Published'), '0001') LIKE '0001%' THEN ''
        ELSE strftime('%Y-%m-%dT%H:%M:%S', json_extract(extracted, '$.Published')) || '.000000000Z' END;

DROP TRIGGER articles_ai;
DROP TRIGGER articles_ad;
DROP TRIGGER articles_au;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, text, content = 'articles', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, headline, text) VALUES (new.rowid, new.headline, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, text) VALUES ('delete', old.rowid, old.headline, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, text) VALUES ('delete', old.rowid, old.headline, old.text);
    INSERT INTO articles_fts (rowid, headline, text) VALUES (new.rowid, new.headline, new.text);
END;
