-- The verb, source and target offsets of an event (those it has) lie inside its sentence in the
-- stored text.
select events.event_id
from events
join sentences using (document_id, sentence_index)
where not (
    events.verb_start >= sentences.start_char and events.verb_end <= sentences.end_char
    and coalesce(events.source_start >= sentences.start_char and events.source_end <= sentences.end_char, true)
    and coalesce(events.target_start >= sentences.start_char and events.target_end <= sentences.end_char, true)
    and events.verb_start < events.verb_end
)
