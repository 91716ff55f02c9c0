-- An event has a whole target (actor, code, name and offsets) or none of it.
select event_id
from events
where not (
    (target_actor_id is null and target_code is null and target_name is null and target_start is null and target_end is null)
    or (target_actor_id is not null and target_code is not null and target_name is not null
        and target_start is not null and target_end is not null)
)
