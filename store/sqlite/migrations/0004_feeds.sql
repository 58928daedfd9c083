-- The feeds ingest and watch read: the validators of the version read
-- last (for a conditional GET) and how the last check went.
CREATE TABLE feeds (
    url           TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    etag          TEXT NOT NULL,
    last_modified TEXT NOT NULL,
    checked       TEXT NOT NULL,
    failures      INTEGER NOT NULL,
    error         TEXT NOT NULL
);
