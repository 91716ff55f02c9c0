import sys
from datetime import date
from tests.eval.gold import *
from tests.eval.score_actors import aligned_actors
records = load_gold(GOLD)
coded = code_records(records, date(2000,1,1))
for record, actor, ec, es, span, best in aligned_actors(records, coded):
    got = (our_country(best.actor.code, best.actor.country), best.actor.sector) if best else None
    if got and got[0] == ec and es and got[1] != es and es == sys.argv[1]:
        print(actor['text'], '|', best.text, best.actor.code, '|', record['text'][:120])
