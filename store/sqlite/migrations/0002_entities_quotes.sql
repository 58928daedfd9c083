-- The entities and quotations of the latest analysis (the report's
-- entity and quote objects, JSON), so that a story page can show who is
-- described how and who said what, and an entity page its descriptors
-- by source.
CREATE TABLE entities (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE entity_articles (
    entity  TEXT NOT NULL,
    article TEXT NOT NULL,
    PRIMARY KEY (article, entity)
);
CREATE TABLE quotes (
    seq     INTEGER PRIMARY KEY, -- the quote's place in the report
    article TEXT NOT NULL,
    body    TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes (article);
