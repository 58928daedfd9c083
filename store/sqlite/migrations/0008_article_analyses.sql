-- Each article's analysis as the program that saved it encoded it
-- (crosscheck.Options.Analyses), so that an ingest analyses again only
-- the articles that are new or changed.
CREATE TABLE article_analyses (
  id     TEXT PRIMARY KEY, -- the article's
  digest TEXT NOT NULL,    -- of the program, the id and the article as extracted
  data   BLOB NOT NULL
);
