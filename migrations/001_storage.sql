-- Up Migration
-- The wijkwijzer's storage on PostgreSQL (docs/adr/0019-storage-that-grows.md). Every table is
-- owned by the application; `wijkwijzer storage migrate` fills them from the embedded files.

-- Documents are `json`, not `jsonb`: stored and returned as written (no re-parse on every turn),
-- and a resident's text with a NUL character is kept instead of refused. Queries use columns.

-- botbuilder Storage: one row per key, eTag concurrency, retention class and last write.
CREATE TABLE bot_state (
  key text PRIMARY KEY,
  etag text NOT NULL,
  value json NOT NULL,
  retention text NOT NULL CHECK (retention IN ('resident', 'anonymous')),
  updated_at timestamptz NOT NULL
);
CREATE INDEX bot_state_expiry ON bot_state (retention, updated_at);

-- Cases: the case as JSON plus the columns the queries filter on, kept in step by the repository.
CREATE TABLE cases (
  reference text PRIMARY KEY,
  created_at timestamptz NOT NULL,
  wijkteam text NOT NULL,
  status text NOT NULL,
  resident_key text,
  closed boolean NOT NULL,
  version integer NOT NULL,
  delivery_state text NOT NULL,
  next_attempt_at timestamptz,
  -- The delivery outbox's lease: which process is posting this case's card, and until when.
  lease_owner text,
  lease_until timestamptz,
  data json NOT NULL
);
CREATE INDEX cases_arrival ON cases (created_at, reference);
CREATE INDEX cases_wijkteam ON cases (wijkteam, created_at);
CREATE INDEX cases_status ON cases (status, created_at);
CREATE INDEX cases_resident ON cases (resident_key) WHERE resident_key IS NOT NULL;
-- The outbox: only open, undelivered cases, so its queries cost what waits, not what is stored.
CREATE INDEX cases_outbox ON cases (next_attempt_at) WHERE NOT closed AND delivery_state <> 'delivered';

-- The last sequence handed out per year; never goes down, also not when cases are deleted.
CREATE TABLE case_sequences (
  year integer PRIMARY KEY,
  last integer NOT NULL
);

-- Which Teams channel receives the cases of which wijkteam.
CREATE TABLE channel_links (
  wijkteam text PRIMARY KEY,
  conversation_id text NOT NULL,
  data json NOT NULL
);

-- Small shared facts with an optional expiry: the staff directory (Entra id → Teams user id),
-- pick-up reminders, spent stream tokens.
CREATE TABLE shared_facts (
  namespace text NOT NULL,
  key text NOT NULL,
  value jsonb NOT NULL,
  expires_at timestamptz,
  PRIMARY KEY (namespace, key)
);
CREATE INDEX shared_facts_expiry ON shared_facts (expires_at) WHERE expires_at IS NOT NULL;

-- Periodic jobs: when each last ran, so all instances together run it once per interval.
CREATE TABLE job_runs (
  name text PRIMARY KEY,
  last_run_at timestamptz NOT NULL
);

-- Token buckets of the rate limits, shared by every instance.
CREATE TABLE rate_limits (
  key text PRIMARY KEY,
  tokens double precision NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX rate_limits_age ON rate_limits (updated_at);

-- /readyz writes here: one row, so the probe costs the same whatever is stored.
CREATE TABLE readiness_probe (
  id integer PRIMARY KEY,
  at timestamptz NOT NULL
);

-- Down Migration
DROP TABLE readiness_probe;
DROP TABLE rate_limits;
DROP TABLE job_runs;
DROP TABLE shared_facts;
DROP TABLE channel_links;
DROP TABLE case_sequences;
DROP TABLE cases;
DROP TABLE bot_state;
