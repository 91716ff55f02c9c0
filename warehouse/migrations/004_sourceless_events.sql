-- Force whose user the sentence does not name has no source, as GDELT codes it with an empty
-- Actor1: "three Iraqi civilians were killed in a car bombing". Such an event has NULL in every
-- source column; every event still has a source or a target.

ALTER TABLE events ALTER COLUMN source_actor_id DROP NOT NULL;
ALTER TABLE events ALTER COLUMN source_code DROP NOT NULL;
ALTER TABLE events ALTER COLUMN source_name DROP NOT NULL;
ALTER TABLE events ALTER COLUMN source_start DROP NOT NULL;
ALTER TABLE events ALTER COLUMN source_end DROP NOT NULL;
