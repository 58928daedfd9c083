-- The clusterer's state at the start of recent days (cluster.Saved,
-- encoding/gob), so that an ingest places again only the days from the
-- first one its new articles fall on.
CREATE TABLE cluster_states (
  day    TEXT PRIMARY KEY, -- the first day the state has not placed
  digest TEXT NOT NULL,    -- of what it placed: cluster.Run.Digests
  state  BLOB NOT NULL
);
