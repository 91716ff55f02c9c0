import sys
from datetime import date
from tests.eval.gold import *
from config.settings import get_settings
from transforms.extract import Extractor, load_dictionaries
from transforms.nlp import load_pipeline
from transforms.events import subjects, expand
records = [r for r in load_gold(GOLD) if gold_type(r) == sys.argv[1]][:int(sys.argv[2])]
coded = code_records(records, date(2000,1,1))
s=get_settings()
ex=Extractor(load_pipeline(s.spacy_model), load_dictionaries(s.dictionaries))
for r, c in zip(records, coded):
    if c.events: continue
    doc = ex.nlp(c.document.text)
    matches=[]
    for v in doc:
        if v.pos_!='VERB': continue
        cl = ex.coder.match_pattern(v)
        matches.append((v.text, cl.pattern.id if cl else None, [t.text for t in subjects(v)], [t.text for t in cl.targets] if cl else None))
    print(r['text'][:150]); print('   gold:', [(a['text'],a['code']) for a in r['source']], [(a['text'],a['code']) for a in r['target']])
    print('   verbs:', matches); print('   mentions:', [(m.text, m.actor.code) for m in c.mentions])
