-- Modality, QuadClass, root and date precision take only their documented values.
select event_id
from events
where modality not in ('asserted', 'intended', 'hypothetical')
   or quad_class not between 1 and 4
   or root_code <> left(cameo, 2)
   or date_precision not in ('day', 'week', 'month', 'season', 'year', 'publication', 'unknown')
