-- Syndication lines and author bios yield no events.
select events.event_id
from events
join sentences using (document_id, sentence_index)
where sentences.is_boilerplate
