-- Every event belongs to a stored document and one of its sentences.
select events.event_id
from events
left join sentences using (document_id, sentence_index)
where sentences.document_id is null
