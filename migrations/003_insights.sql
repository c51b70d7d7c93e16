-- Up Migration
-- The gemeente's counters (docs/adr/0017, docs/adr/0019): one row per day, kind and dimensions,
-- never a raw event. Every process adds to the same row with one upsert, so two instances count
-- together. `dimensions` is the canonical JSON of the sorted [key, value] pairs (the identity of a
-- counter); `imported` is what `wijkwijzer storage migrate` took from the day files, so running it
-- again adds only what the files gained since.
CREATE TABLE insight_counts (
  day date NOT NULL,
  kind text NOT NULL,
  dimensions text NOT NULL,
  count bigint NOT NULL CHECK (count > 0),
  imported bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (day, kind, dimensions)
);

-- Down Migration
DROP TABLE insight_counts;
