-- One row per (day, source, target, CAMEO code): GDELT's NumMentions/NumSources and Phoenix's
-- one-a-day filter. Only asserted, non-negated events count; a hypothetical is not an event.
-- A syndicated copy of a story is not coded again, but its outlet counts as one more source.
with asserted_events as (
    select *
    from events
    where modality = 'asserted' and not negated and event_date is not null
),

outlets as (
    select document_id, coalesce(sitename, source) as outlet from documents
    union
    select duplicate_of as document_id, coalesce(sitename, url, source) as outlet from duplicates
),

event_outlets as (
    select asserted_events.event_id, outlets.outlet
    from asserted_events
    join outlets using (document_id)
)

select
    event_date,
    date_precision,
    source_code,
    target_code,
    cameo,
    any_value(root_code)                                  as root_code,
    any_value(quad_class)                                 as quad_class,
    any_value(goldstein)                                  as goldstein,
    any_value(plover)                                     as plover,
    count(distinct asserted_events.event_id)              as num_mentions,
    count(distinct document_id)                           as num_documents,
    count(distinct event_outlets.outlet)                  as num_sources,
    min(asserted_events.event_id)                         as first_event_id
from asserted_events
left join event_outlets using (event_id)
group by event_date, date_precision, source_code, target_code, cameo
