-- Up Migration
-- The contact sweep (src/conversation/heldContact.ts) runs every 15 minutes and looks for
-- conversation state that still holds contact details. Without help that reads and parses every
-- stored json value. `holds_contact` is the sweep's rule as a generated column, so PostgreSQL
-- keeps it in step in the same statement as every state write (no writer has to remember it)
-- and ANALYZE knows how few rows hold details; the partial index lists just those, so a sweep
-- reads a handful of rows whatever the city stores (docs/adr/0019, second amendment). Adding the
-- column rewrites bot_state once, under a lock, when this migration runs at start.
ALTER TABLE bot_state ADD COLUMN holds_contact boolean NOT NULL
  GENERATED ALWAYS AS (
    key ~ '^[^/]+/conversations/'
    AND coalesce(json_typeof(value #> '{wijkwijzer,contact}'), 'null') <> 'null'
  ) STORED;
CREATE INDEX bot_state_held_contact ON bot_state (key) WHERE holds_contact;
ANALYZE bot_state;

-- Down Migration
DROP INDEX bot_state_held_contact;
ALTER TABLE bot_state DROP COLUMN holds_contact;
