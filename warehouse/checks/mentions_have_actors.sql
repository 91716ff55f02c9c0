-- Every mention and every event side points at a row of actors (an event's source or target may be absent).
select mentions.actor_id from mentions left join actors using (actor_id) where actors.actor_id is null
union all
select events.source_actor_id from events left join actors on actors.actor_id = events.source_actor_id
where events.source_actor_id is not null and actors.actor_id is null
union all
select events.target_actor_id from events left join actors on actors.actor_id = events.target_actor_id
where events.target_actor_id is not null and actors.actor_id is null
