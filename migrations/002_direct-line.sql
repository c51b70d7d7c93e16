-- Up Migration
-- The self-hosted Direct Line channel shared by several processes (docs/adr/0019): conversations,
-- their activities and watermarks. Transcripts are personal data: a conversation and its
-- activities are deleted after WEBCHAT_CONVERSATION_IDLE_MINUTES without use, as in memory.
CREATE TABLE dl_conversations (
  id text PRIMARY KEY,
  user_id text NOT NULL,
  -- The last watermark handed out; each stored, updated or deleted activity takes the next one.
  seq bigint NOT NULL,
  last_active_at timestamptz NOT NULL
);
CREATE INDEX dl_conversations_user ON dl_conversations (user_id, last_active_at DESC);
CREATE INDEX dl_conversations_idle ON dl_conversations (last_active_at);

CREATE TABLE dl_activities (
  conversation_id text NOT NULL REFERENCES dl_conversations (id) ON DELETE CASCADE,
  seq bigint NOT NULL,
  activity_id text NOT NULL,
  deleted boolean NOT NULL,
  activity json NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);
CREATE INDEX dl_activities_id ON dl_activities (conversation_id, activity_id);

-- Down Migration
DROP TABLE dl_activities;
DROP TABLE dl_conversations;
