-- Up Migration
-- The Casusbord asks for one wijkteam's cases of some statuses, oldest first (docs/adr/0019):
-- this index leads straight to them, so a board request costs what the team holds.
CREATE INDEX cases_board ON cases (wijkteam, status, created_at);

-- Down Migration
DROP INDEX cases_board;
