-- Suggestions from events, kept for review and never deleted. A row says what the rule suggested (the *_suggested
-- columns) and what it says now (after an edit); review is pending, accepted or rejected, with who and when, the
-- reason of a rejection and the observation an acceptance recorded. evidence is a JSON array of event keys
-- ("ucdp-ged:242066"); evidence_count counts them all when the array is cut short. Unique by place, what it says as
-- suggested and its date, so generating twice adds nothing the second time.

CREATE TABLE suggestions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  place_id INTEGER NOT NULL,
  place_name TEXT NOT NULL,
  actor TEXT NOT NULL,
  status TEXT NOT NULL,
  other_actor TEXT,
  date TEXT NOT NULL,
  date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year')),
  actor_suggested TEXT NOT NULL,
  status_suggested TEXT NOT NULL,
  other_actor_suggested TEXT NOT NULL DEFAULT '',
  date_suggested TEXT NOT NULL,
  kind TEXT NOT NULL,
  map_said TEXT NOT NULL,
  confirms INTEGER NOT NULL DEFAULT 0,
  evidence TEXT NOT NULL DEFAULT '[]',
  evidence_count INTEGER NOT NULL,
  confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  created_at TEXT NOT NULL,
  review TEXT NOT NULL DEFAULT 'pending' CHECK (review IN ('pending', 'accepted', 'rejected')),
  reviewed_by TEXT,
  reviewed_at TEXT,
  reason TEXT NOT NULL DEFAULT '',
  observation_id INTEGER,
  edited_by TEXT,
  edited_at TEXT,
  UNIQUE (place_id, actor_suggested, status_suggested, other_actor_suggested, date_suggested)
);
CREATE INDEX suggestions_review ON suggestions (review);

CREATE TRIGGER suggestions_never_deleted BEFORE DELETE ON suggestions
BEGIN
  SELECT RAISE(ABORT, 'suggestions are never deleted');
END;
