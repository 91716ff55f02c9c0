-- PLOVER's target is optional: "Ugandan rebels surrendered" has a source and no target.
-- An event with no target has NULL in every target column.

ALTER TABLE events ALTER COLUMN target_actor_id DROP NOT NULL;
ALTER TABLE events ALTER COLUMN target_code DROP NOT NULL;
ALTER TABLE events ALTER COLUMN target_name DROP NOT NULL;
ALTER TABLE events ALTER COLUMN target_start DROP NOT NULL;
ALTER TABLE events ALTER COLUMN target_end DROP NOT NULL;
