-- Up Migration
-- The partner page shared by every instance (docs/adr/0018, docs/adr/0019): sign-in links and
-- sessions (only SHA-256 hashes of the tokens, as in the embedded file), the audit trail and the
-- change log (append-only; a sequence numbers the changes of all instances), and the partner
-- files as last written through the page, which every instance writes to its own knowledge
-- directory when NOTIFY wijkwijzer_knowledge names them.
CREATE TABLE partner_links (
  hash text PRIMARY KEY,
  beheerder text NOT NULL,
  actor_key text NOT NULL,
  label text NOT NULL,
  redactie boolean NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX partner_links_expiry ON partner_links (expires_at);

CREATE TABLE partner_sessions (
  hash text PRIMARY KEY,
  beheerder text NOT NULL,
  actor_key text NOT NULL,
  label text NOT NULL,
  redactie boolean NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX partner_sessions_expiry ON partner_sessions (expires_at);

CREATE TABLE partner_audit (
  seq bigserial PRIMARY KEY,
  record json NOT NULL
);

CREATE TABLE partner_changes (
  seq bigserial PRIMARY KEY,
  record json NOT NULL
);

CREATE TABLE partner_files (
  file text PRIMARY KEY,
  text text NOT NULL,
  version bigint NOT NULL,
  updated_at timestamptz NOT NULL
);

-- Down Migration
DROP TABLE partner_files;
DROP TABLE partner_changes;
DROP TABLE partner_audit;
DROP TABLE partner_sessions;
DROP TABLE partner_links;
