-- An event has a whole source and a whole target (actor, code, name and offsets), or is missing
-- one of them, never both.
select event_id
from events
where not (
    (source_actor_id is null and source_code is null and source_name is null and source_start is null and source_end is null)
    or (source_actor_id is not null and source_code is not null and source_name is not null
        and source_start is not null and source_end is not null)
)
or not (
    (target_actor_id is null and target_code is null and target_name is null and target_start is null and target_end is null)
    or (target_actor_id is not null and target_code is not null and target_name is not null
        and target_start is not null and target_end is not null)
)
or (source_actor_id is null and target_actor_id is null)
