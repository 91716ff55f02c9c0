-- One row per (day, source, target, CAMEO code): GDELT's NumMentions/NumSources and Phoenix's
-- one-a-day filter. Only asserted, non-negated events count; a hypothetical is not an event.
with asserted_events as (
    select events.*, coalesce(documents.sitename, documents.source) as outlet
    from events
    join documents using (document_id)
    where modality = 'asserted' and not negated and event_date is not null
)

select
    event_date,
    date_precision,
    source_code,
    target_code,
    cameo,
    any_value(root_code)            as root_code,
    any_value(quad_class)           as quad_class,
    any_value(goldstein)            as goldstein,
    any_value(plover)               as plover,
    count(*)                        as num_mentions,
    count(distinct document_id)     as num_documents,
    count(distinct outlet)          as num_sources,
    min(event_id)                   as first_event_id
from asserted_events
group by event_date, date_precision, source_code, target_code, cameo
