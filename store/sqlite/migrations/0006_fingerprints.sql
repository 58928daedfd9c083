-- Each story keeps the fingerprint of what it was made from (report.
-- Report.Fingerprints), so that the next ingest takes the stories it does
-- not touch as they are.
ALTER TABLE stories ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
