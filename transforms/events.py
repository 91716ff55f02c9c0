"""Events: who did what to whom, read off the dependency parse of each clause.

A verb is looked up in the verb-pattern dictionary; the most specific pattern that fits the
clause (particle, object noun, the preposition introducing the target) gives the CAMEO code and
says where the target is. Source and target phrases go through the actor resolver at the
clause's own date. Every event records the pattern that produced it and the character offsets of
its verb, source and target, so an analyst can trace a row back to its words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import takewhile
from datetime import date

from spacy.tokens import Span, Token

from transforms.actors import (
    PLACE_NOUNS, QUANTITY_NOUNS, UNKNOWN, ActorResolver, Period, ReadingContext, ResolvedActor, SentenceNames,
)
from transforms.dates import ResolvedDate, resolve_temporal
from transforms.dictionaries import Dictionaries
from transforms.ontology import mapped_code
from transforms.records import Event
from transforms.verb_patterns import VerbPattern

HYPOTHETICAL_AUX = {"may", "might", "could", "would", "should", "must", "can", "ought", "ca"}
INTENDED_AUX = {"will", "shall", "wo", "'ll"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
INTENT_VERBS = {
    "want", "plan", "intend", "hope", "seek", "aim", "wish", "agree", "promise", "pledge", "vow",
    "offer", "prepare", "expect", "decide", "propose", "consider", "mean", "vote", "resolve", "swear",
}
# Force, and those who use it: "attacked" by a minister while "saying" is criticism.
FORCE_ROOTS = {"18", "19", "20"}
ARMED_SECTORS = {"MIL", "REB", "UAF", "COP", "SPY", "CRM", "RAD", "SEP", "INS"}
# Appeals and demands ask someone to act: that someone is the target.
ASKING_ROOTS = {"02", "10"}
# Verbs that report what someone said: "would" under a past one is a reported "will".
SPEECH_VERBS = {
    "say", "announce", "declare", "state", "tell", "warn", "add", "insist", "confirm", "indicate", "report",
    "claim", "reiterate", "stress", "repeat", "write", "explain", "assert", "signal", "disclose", "reveal",
}
# "issued a statement condemning X", "sent a letter urging Y": the statement's author acts.
STATEMENT_NOUNS = {
    "statement", "declaration", "communique", "communiqué", "letter", "message", "resolution", "report",
    "note", "memorandum", "appeal", "announcement", "editorial",
}
# What someone imagines, fears or predicts has not happened.
COGNITION_VERBS = {
    "imagine", "think", "believe", "fear", "suppose", "doubt", "assume", "suggest", "predict", "speculate",
    "wonder", "envision", "envisage", "suspect", "guess", "dream", "worry",
}
TIME_PREPOSITIONS = {"since", "before", "until", "ahead"}
# Acts that are what they say even when done to a thing: "protested the verdict", "investigated the
# crash", "rejected calls for an inquiry", "imposed restrictions on its labour market" (but "seized a
# poll advantage" is a metaphor).
THING_TARGET_CODES = ("09", "12", "14", "172")
# Force words that politicians use for criticism: "attacked Mr Brown for failing to ...".
CRITICISM_FORCE_WORDS = {"attack", "slam", "blast", "hit", "lash", "savage", "hammer", "assault", "bash"}
TOPIC_NOUNS = {"war", "crisis", "conflict", "issue", "question", "situation", "dispute", "debate",
               "row", "affair", "scandal", "legality", "culture"}
# Military de-escalation said in the passive is the act of those it is said of: "one third of the
# guerrillas have been demobilized".
SELF_DIRECTED_CODES = ("087",)
# "converged for a rally to protest", "held a meeting to discuss": who gathers does what it is for.
GATHERING_NOUNS = {"rally", "demonstration", "march", "protest", "strike", "vigil", "sit-in", "meeting", "summit",
                   "gathering", "conference"}
# A warning that someone will act is a threat (130); other warnings are pessimistic comments.
WARNING_VERBS = {"warn", "caution"}
THREAT_CODE = "130"
# What someone denies is not asserted: "Russia denied that Georgia attacked".
DENIAL_VERBS = {"deny", "refute", "rebut", "dispute", "dismiss", "reject", "contest"}
# "is willing to withdraw", "ready to host", "prepared to lift": readiness is intent.
READINESS_WORDS = {"willing", "ready", "prepared", "eager", "determined", "keen", "set"}
NEGATORS = {"not", "n't", "never", "no"}
# A statement or an expressed intent yields to the specific event it reports ("agreed to provide aid"
# is coded as the aid, intended); an appeal, demand, rejection or threat keeps its own code and the
# complement (what was demanded or refused) is not coded as if it happened.
YIELDING_ROOTS = {"01", "03"}
COMPLEMENT_DEPS = {"ccomp", "xcomp"}
# An infinitive or gerund complement is an intention ("seeks to buy"), unless the verb above it
# only says when it happened ("continued to send arms"), that it was attempted, which CAMEO codes
# as the act ("tried to hack into"), or by what means ("used tear gas to disperse demonstrators",
# "helped support"), or it is a purpose clause, which shares its main clause's modality.
NONFINITE_DEPS = {"xcomp", "pcomp", "acl", "csubj"}
ASPECTUAL_VERBS = {"continue", "begin", "start", "resume", "keep", "stop", "finish", "manage", "proceed", "go",
                   "try", "attempt", "help", "use", "succeed", "resort"}
# "failed to reach agreement": the complement did not happen.
FAILURE_VERBS = {"fail", "neglect"}
TEMPORAL_PATH_DEPS = {"pobj", "prep", "npadvmod", "advmod", "nummod", "amod", "compound", "det", "quantmod"}
QUOTES = {'"', "“", "”"}
# Force and coercion against a place are against the people in it.
COERCIVE_ROOTS = {"15", "17", "18", "19", "20"}
MEASURE_NOUNS = {"ton", "tonne", "kilogram", "kg", "barrel", "worth", "part", "amount", "shipment", "consignment",
                 "day", "week", "month", "hour", "year", "mission", "team", "contingent", "batch"}
# "allow the return of inspectors", "accept the deployment of peacekeepers": the act is about its
# "of" noun too, so a pattern written for inspectors or peacekeepers fits.
ACT_OF_NOUNS = {"return", "deployment", "release", "withdrawal", "entry", "arrival", "presence", "dispatch",
                "delivery", "stationing", "suspension", "severance", "freeze"}
# "were engaged in ethnic cleansing", "is opposed to French mediation": with its preposition, the
# passive form states what its subject does.
STATIVE_PASSIVES = {"engage": "in", "involve": "in", "oppose": "to"}
OBJECT_TARGET_PREPS = ("by", "from", "with", "to", "on", "against", "for")
COMPLEMENT_TARGET_PREPS = ("to", "with", "for", "against", "on", "from", "toward", "in", "at")
PREP_ALIASES = {"towards": "toward", "upon": "on", "amongst": "among"}


@dataclass(frozen=True)
class CodedClause:
    pattern: VerbPattern
    targets: list[Token]
    needs_target: bool = False  # a demand is of someone: no target, no event


class EventCoder:
    def __init__(self, resolver: ActorResolver, dictionaries: Dictionaries):
        self.resolver = resolver
        self.patterns = dictionaries.patterns
        self.ontology = dictionaries.ontology
        self.intent_codes = dictionaries.intent_codes
        self.refusal_codes = dictionaries.refusal_codes
        self.lemma_fixes = dictionaries.lemma_fixes
        self.object_prepositions = dictionaries.object_prepositions
        self.adjective_predicates = dictionaries.adjective_predicates
        self.obligations = dictionaries.obligations
        self.attack_means = dictionaries.attack_means

    # -- the clause ----------------------------------------------------------------------------
    def match_pattern(self, verb: Token) -> CodedClause | None:
        """The most specific pattern that fits the verb's clause, with the target phrase heads.
        A "with" pattern also fits a plural subject and no target: "the two countries exchanged
        visits", "Russia and China met" are reciprocal."""
        lemma = verb.lemma_.lower()
        predicate = self._adjective_predicate(verb)
        if predicate:
            lemma = predicate[0]
        candidates = self.patterns.get(self.lemma_fixes.get(lemma, lemma))
        if not candidates:
            return None
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None) or out_of(verb)
        partner = raised_partner(verb)
        obj = predicate[1] if predicate else semantic_object(verb, self.object_prepositions)
        if obj is None and partner is not None:
            obj = semantic_object(partner, self.object_prepositions)
        # "engaging in a new Cold War with Russia": the act the preposition names decides; a pattern
        # for the bare verb ("engage with" = consult) does not fit another act
        named_act = obj is not None and obj.dep_ == "pobj" and obj.head.head == verb
        possessors = [c for c in obj.children if c.dep_ == "poss"] if obj is not None else []
        for pattern in candidates:
            if pattern.particle != particle or named_act and not pattern.objects:
                continue
            # "provided aerial photographs and other military intelligence": any coordinated object
            if pattern.objects and (obj is None or not any(object_words(o) & pattern.objects for o in [obj, *obj.conjuncts])):
                if obj is None and not pattern.prep and complement_act(verb) in pattern.objects:
                    return CodedClause(pattern, [])  # "declined to comment" is "declined comment"
                continue
            if pattern.prep:
                # "launched artillery, mortar and rocket fire against X": the last object carries it
                heads = [verb, *([partner] if partner else [])] + ([obj, *obj.conjuncts, *acted_on(obj)] if obj is not None else [])
                targets = [pobj for head in heads for pobj in prep_objects(head, pattern.prep)]
                if not targets and pattern.objects and possessors:
                    targets = possessors  # "sought Moscow's aid" is aid from Moscow
                # ... unless a bare object is the target: "Albanians swore to fight the army"
                reciprocal = pattern.prep == "with" and plural_subject(verb) and (obj is None or pattern.objects)
                if not targets and not reciprocal:
                    continue
            elif pattern.objects:
                # "rebuffed Kim's request", "closed its border with Iran", "rejected calls by Belarus"
                attached = [p for prep in OBJECT_TARGET_PREPS for p in prep_objects(obj, prep)]
                targets = [p for p in possessors if p.pos_ != "PRON"] or dative(verb) or attached or [obj]
            else:
                targets = [obj] if obj is not None else dative(verb)
            return CodedClause(pattern, targets)
        return None

    def _adjective_predicate(self, verb: Token) -> tuple[str, Token] | None:
        """"Israel is opposed to French mediation": the copula is coded as the verb the adjective
        stands for (oppose), with the object of the adjective's preposition (mediation)."""
        if verb.lemma_ != "be":
            return None
        for adjective in (c for c in verb.children if c.dep_ == "acomp"):
            stands_for, prep = self.adjective_predicates.get(adjective.lemma_.lower(), (None, None))
            objects = prep_objects(adjective, prep) if stands_for else []
            if objects:
                return stands_for, objects[0]
        return None

    def match_obligation(self, verb: Token) -> CodedClause | None:
        """A speech verb reporting that someone must act: the speaker demands it of them; also
        through a statement it issues ("issued a reminder to Iraq that it must cooperate"), where
        a pronoun subject is the one addressed."""
        lemma = verb.lemma_.lower()
        addressed = dative(verb) + prep_objects(verb, "to") + [
            p for noun in verb.children if noun.dep_ == "dobj" for p in prep_objects(noun, "to")]
        for obligation in self.obligations:
            if lemma not in obligation.verbs:
                continue
            for clause in [c for c in verb.children if c.dep_ == "ccomp"] + reported_clauses(verb):
                if obliged(clause, obligation.modals):
                    targets = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                    if targets and all(t.pos_ == "PRON" for t in targets) and addressed:
                        targets = addressed
                    if targets:
                        return CodedClause(obligation.pattern, targets, needs_target=True)
        return None

    def events_from_sentence(
        self,
        sent: Span,
        sentence_index: int,
        found: SentenceNames,
        ctx: ReadingContext,
        published: date | None,
    ) -> list[Event]:
        """All events of one sentence, the reported or intended event preferred over its frame."""
        coded: dict[int, tuple[Token, list[Event]]] = {}
        for index, (verb, clause) in self._clauses(sent).items():
            events = self._clause_events(sent, sentence_index, verb, clause, found, ctx, published)
            if events:
                coded[index] = (verb, events)
        for index in [i for i, (verb, events) in coded.items() if purpose_of(verb, events, coded)]:
            del coded[index]
        kept = [event for _, events in self._prefer_reported(coded) for event in events]
        # An event with no target says less than one with: keep it only when the sentence has no dyad.
        if any(event.target for event in kept):
            kept = [event for event in kept if event.target]
        return kept

    def _clauses(self, sent: Span) -> dict[int, tuple[Token, CodedClause]]:
        """The coded clauses of a sentence by verb index, frames given their complements' targets."""
        clauses = {
            verb.i: (verb, clause)
            for verb in sent
            if verb.pos_ in ("VERB", "AUX") and not inside_quotes(verb, sent) and not standing_condition(verb)
            and (clause := self.match_pattern(verb) or self.match_obligation(verb))
        }
        # A frame with no target of its own takes its own complement's, not a deeper clause's:
        # "threatened to overrun North Korea"; "offered to hand over to Britain men suspected of
        # blowing up a plane" is no offer to the plane.
        for index, (verb, clause) in list(clauses.items()):
            asking = self.ontology[clause.pattern.cameo].root in ASKING_ROOTS
            if asking and clause.targets and all(only_the_request(t, verb, clause.pattern) for t in clause.targets):
                # "reiterated its demand that Israel ease restrictions": who is asked, not the demand
                clause = CodedClause(clause.pattern, reported_subjects(verb) or clause.targets, clause.needs_target)
                clauses[index] = (verb, clause)
            if not clause.targets:
                inner = next((c for j, (w, c) in clauses.items()
                              if w.head == verb and w.dep_ in COMPLEMENT_DEPS and c.targets), None)
                # a statement is not addressed to whom or what it speaks of: "denied Mr Brown made that quote"
                statement = self.ontology[clause.pattern.cameo].root == "01"
                targets = inner.targets if inner else [] if statement else complement_targets(verb)
                if asking:
                    # "demanded that the US cancel the sale to Taiwan": who is asked to act is the target
                    targets = reported_subjects(verb) or targets
                if not targets and self.ontology[clause.pattern.cameo].root == "14":
                    targets = places(verb)  # a protest with no named target is against the place's rulers
                if targets:
                    clauses[index] = (verb, CodedClause(clause.pattern, targets, clause.needs_target))
        return clauses

    def _clause_events(self, sent, sentence_index, verb, clause, found, ctx, published) -> list[Event]:
        """The events of one coded clause: one per source and target pair, or per source alone."""
        anchor = published or date.today()
        when = self.clause_date(verb, sent, anchor, ctx, published is not None)
        period = (when.value, when.last_day) if when else (anchor, anchor)
        future = bool(when and published and when.precision != "publication" and when.value > published)
        root = self.ontology[clause.pattern.cameo].root
        if root in ASKING_ROOTS and bare_question(verb) and not clause.targets:
            return []
        sources = self._actors(subjects(verb), period, ctx, found)
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not sources and patients and clause.pattern.cameo.startswith(SELF_DIRECTED_CODES):
            # "guerrillas have been demobilized", "troops were withdrawn": they stood down
            sources = self._actors(expand(patients), period, ctx, found)
            within = {t.i for patient in patients for t in patient.subtree}
            clause = CodedClause(clause.pattern, [t for t in clause.targets if t.i not in within], clause.needs_target)
        if not sources and root == "14":
            sources = self._protesters_where_they_protest(verb, clause, period, ctx, found)
        if verbal_attack(verb, clause.pattern, self.ontology, sources):
            return []  # "Mbeki attacked British imperialists, saying ...": words, not force
        targets = self._targets(verb, clause, sources, period, ctx, found)
        if not targets and clause.pattern.prep == "with" and len(sources) > 1:
            pairs = [(a, b) for a in sources for b in sources if a.actor.code != b.actor.code]
        else:
            pairs = [(a, b) for a in sources for b in targets]
        events = [
            self._event(sent, sentence_index, verb, clause.pattern, source, target, when, future)
            for source, target in pairs
            if UNKNOWN not in (source.actor.code, target.actor.code) and source.actor.key != target.actor.key
        ]
        if not events and targets and all(s.actor.code == UNKNOWN for s in sources):
            events = self._unattributed_force(sent, sentence_index, verb, clause, targets, period, ctx, found, when)
        things = [t for t in clause.targets if not names_someone(t, found)
                  and object_words(t).isdisjoint(clause.pattern.objects)]
        literal = clause.pattern.cameo.startswith(THING_TARGET_CODES)
        if not events and not targets and (not things or literal) and not clause.needs_target:
            # PLOVER's target is optional: "Ugandan rebels surrendered" has a source and no target,
            # "police arrested 12 demonstrators" a target no dictionary codes. A target slot filled
            # by a thing is no such event ("launched an attack on spending plans", "backed a plan"),
            # except for a protest, an investigation, a rejection or a restriction (THING_TARGET_CODES).
            events = [self._event(sent, sentence_index, verb, clause.pattern, source, None, when, future)
                      for source in sources if source.actor.code != UNKNOWN]
        if events and verb.lemma_.lower() in WARNING_VERBS and warned_act(verb, found):
            # "warned that police will no longer tolerate rallies": a warning of what someone will do
            events = [self._recoded(event, THREAT_CODE) for event in events]
        return events

    def _recoded(self, event: Event, code: str) -> Event:
        kind = self.ontology[code]
        return replace(event, cameo=kind.code, root_code=kind.root, quad_class=kind.quad_class,
                       goldstein=kind.goldstein, plover=kind.plover, plover_mode=kind.plover_mode)

    def _protesters_where_they_protest(self, verb, clause, period, ctx, found) -> list[ResolvedActor]:
        """Protesters named without a country are of the country they protest in ("hundreds of
        thousands of people blocked streets in Hong Kong" → HKGCVL), or, where no place is named,
        of the government they protest against ("fundamentalists continued their hunger strike to
        demand the resignation of the Algerian President" → DZARAD)."""
        # where the verb or its object is: "protested in Paris", "blocked roads in the capital"
        heads = places(verb) + [p for obj in verb.children if obj.dep_ == "dobj" for p in places(obj)]
        heads = [h for h in expand(heads) if h.ent_type_ in ("GPE", "LOC", "FAC") or h.lemma_.lower() in PLACE_NOUNS]
        where = [r.actor.code[:3] for r in self._actors(heads, period, ctx, found, as_target=True)
                 if r.actor.country]
        if not where:
            purposes = [o for c in verb.children if c.dep_ == "advcl" for o in c.children if o.dep_ == "dobj"]
            against = self._actors(expand(clause.targets) + complement_targets(verb) + purposes, period, ctx, found,
                                   as_target=True)
            where = [r.actor.code[:3] for r in against if r.actor.sector == "GOV" and r.actor.country]
        if len(set(where)) != 1:
            return []
        return [group for head in subjects(verb) if (group := self.resolver.located_group(head, where[0], found))]

    def _unattributed_force(self, sent, sentence_index, verb, clause, targets, period, ctx, found, when) -> list[Event]:
        """Force by a means the sentence names, used by someone it may not name, as GDELT codes it
        with an empty source: "three civilians were killed in a car bombing", "a roadside bomb
        killed a U.S. soldier". The means' owner is the source when named ("US Predator attacks",
        "an attack by rebels"). Without a named means (an accident, an earthquake) there is no event."""
        if self.ontology[clause.pattern.cameo].root not in FORCE_ROOTS:
            return []
        means = next((m for m in force_causes(verb) if object_words(m) & self.attack_means), None)
        if means is None or any(not names_someone(t, found) for t in clause.targets):
            return []  # "plans were killed in an ambush": force kills people, not plans
        attacked = [p for prep in ("on", "against") for p in prep_objects(means, prep)]
        if any(not names_someone(p, found) for p in attacked):
            return []  # "wounded by the attack on his record" is a metaphor
        users = [u for u in self.resolver.owners(means, period, ctx, found) if u.actor.code != UNKNOWN]
        return [
            self._event(sent, sentence_index, verb, clause.pattern, user, target, when)
            for user in users or [None] for target in targets
            if target.actor.code != UNKNOWN and (user is None or user.actor.key != target.actor.key)
        ]

    def _targets(self, verb, clause, sources, period, ctx, found) -> list[ResolvedActor]:
        """Whom the clause acts on: its target phrases, else the first actor after the verb, else
        the place a target phrase names, else (for a threat) who must meet its condition."""
        conflict = self.ontology[clause.pattern.cameo].root in COERCIVE_ROOTS
        targets = self._actors(expand(clause.targets), period, ctx, found, as_target=True, place_is_people=conflict)
        # "impose restrictions on its labour market for new EU members": one's own is no target
        targets = [t for t in targets if t.actor.key not in {s.actor.key for s in sources}]
        if sources and not targets and not clause.pattern.prep:
            targets = self._nearest_actor_after(verb, sources, period, ctx, found, conflict)
        for head in clause.targets if sources and not targets else []:
            # "dispatched inspectors to facilities in central Iran": the place a target is in
            targets = self._nearest_actor_after(head, sources, period, ctx, found, conflict, nouns_between=1)
            if targets:
                break
        if sources and not targets and self._code(verb, clause.pattern).startswith("13"):
            # "threatened to walk out if the US deploys missiles": who must comply is the target
            targets = self._actors(condition_subjects(verb), period, ctx, found, as_target=True)
        return targets

    def _prefer_reported(self, coded: dict[int, tuple[Token, list[Event]]]):
        """Of a frame and the coded clause it governs keep one: the reported or intended event over
        a statement or intent (01, 03), the demand, threat or refusal over what it demands,
        threatens or refuses. A frame also yields when it has no target and its complement has, or
        when the complement names the same kind of event more exactly ("threatened to halt talks"
        is 134, not 130)."""
        kept = dict(coded)
        for index, (verb, events) in coded.items():
            complements = [w for w in kept if w != index and governs(verb, kept[w][0])]
            if not complements:
                continue
            refined = all(e.root_code == events[0].root_code for w in complements for e in kept[w][1])
            if events[0].root_code in YIELDING_ROOTS or refined or not any(e.target for e in events):
                kept.pop(index, None)
            else:
                for w in complements:
                    kept.pop(w, None)
        return [kept[i] for i in sorted(kept)]

    def _nearest_actor_after(self, verb: Token, sources, period, ctx, found, place_is_people,
                             nouns_between: int = 2) -> list[ResolvedActor]:
        """A pattern whose own target slot is empty takes the first actor named after the verb in
        its clause, PETRARCH-style ("demonstrated on Tuesday against the government in Serbia");
        a target phrase that names no actor, the first one named inside it."""
        source_keys = {s.actor.key for s in sources}
        for token in verb.subtree:
            if token.i <= verb.i or token.pos_ not in ("PROPN", "NOUN") or token.dep_ in ("compound", "amod", "poss"):
                continue
            if any(c.dep_ in COMPLEMENT_DEPS for c in token.ancestors if c.i > verb.i):
                continue
            between = list(takewhile(lambda c: c != verb, token.ancestors))
            if any(separate_clause(c) for c in between):
                continue  # "surrendered after Iraq denounced Syria"
            if token.lemma_.lower() in TOPIC_NOUNS:
                continue  # "resigned over the Iraq war": what it is about, not against whom
            if any(c.dep_ == "prep" and c.lower_ in TIME_PREPOSITIONS for c in between):
                continue  # "demobilized since the accord between the parties": when, not whom
            if sum(c.pos_ in ("NOUN", "PROPN") for c in between) > nouns_between:
                continue  # "rejected calls for advice on the legality of the Iraq war" is not against Iraq

            resolved = [r for r in self.resolver.resolve(token, period, ctx, found, True, place_is_people)
                        if r.actor.key not in source_keys]
            if resolved:
                return resolved
        return []

    def _actors(self, heads: list[Token], period: Period, ctx, found, as_target=False,
                place_is_people=False) -> list[ResolvedActor]:
        resolved: list[ResolvedActor] = []
        for head in heads:
            found_here = self.resolver.resolve(head, period, ctx, found, as_target, place_is_people)
            if not found_here:
                # "the main Hutu rebel group, Forces for Defence of Democracy (FDD)": the name in apposition
                found_here = [r for appos in head.children if appos.dep_ == "appos"
                              for r in self.resolver.resolve(appos, period, ctx, found, as_target, place_is_people)]
            for actor in found_here:
                if all(actor.actor.key != r.actor.key for r in resolved):
                    resolved.append(actor)
        return resolved

    def _code(self, verb: Token, pattern: VerbPattern, mood: str | None = None) -> str:
        """The pattern's code, or the intent code for what the clause only intends ("will attack" → 138).
        An intent held over someone ("will withdraw unless they hold elections") is a threat."""
        if (mood or modality(verb)) != "intended":
            return pattern.cameo
        code = mapped_code(pattern.cameo, self.intent_codes) or pattern.cameo
        return "130" if "unless" in conditions(verb) and not code.startswith("13") else code

    def _event(self, sent, sentence_index, verb, pattern, source: ResolvedActor | None,
               target: ResolvedActor | None, when, future: bool = False) -> Event:
        mood = modality(verb)
        if future and mood == "asserted":
            mood = "intended"  # "is travelling to America next week" has not happened yet
        negative, code = negated(verb), self._code(verb, pattern, mood)
        refused = mapped_code(pattern.cameo, self.refusal_codes) if negative and mood == "intended" else None
        if refused:
            # "said it would not meet their demands" is no negated concession but a stated refusal
            mood, negative, code = "asserted", False, refused
        elif mood == "intended" and self.ontology[pattern.cameo].root in FORCE_ROOTS and preparing(verb):
            mood, code = "asserted", "150"  # "the army prepared to resume shelling": a show of force
        kind = self.ontology[code]
        return Event(
            sentence_index=sentence_index,
            sentence=sent.text,
            source=source.actor if source else None,
            target=target.actor if target else None,
            cameo=kind.code,
            root_code=kind.root,
            quad_class=kind.quad_class,
            goldstein=kind.goldstein,
            plover=kind.plover,
            plover_mode=kind.plover_mode,
            date=when.value if when else None,
            date_precision=when.precision if when else "unknown",
            negated=negative,
            modality=mood,
            pattern_id=pattern.id,
            verb_start=verb.idx,
            verb_end=verb.idx + len(verb),
            source_start=source.start if source else None,
            source_end=source.end if source else None,
            target_start=target.start if target else None,
            target_end=target.end if target else None,
            place=place(verb),
        )

    # -- when ----------------------------------------------------------------------------------
    def clause_date(self, verb: Token, sent: Span, anchor: date, ctx: ReadingContext, has_anchor: bool):
        """The date the clause's own temporal expression gives, else its governing clause's,
        else the publication date (precision "publication")."""
        past = looks_back(verb)
        clause = verb
        while True:
            for ent in sent.ents:
                if ent.label_ in ("DATE", "TIME") and attaches_to(ent.root, clause):
                    resolved = resolve_temporal(ent.text, anchor, previous=ctx.date_before_sentence, past=past)
                    if resolved:
                        ctx.last_date = resolved
                        return resolved
            if clause.dep_ in ("conj", "advcl", "xcomp", "ccomp") and clause.head != clause:
                clause = clause.head
            else:
                break
        return ResolvedDate(anchor, "publication") if has_anchor else None


# -- reading the parse -----------------------------------------------------------------------------
def semantic_object(verb: Token, object_prepositions: dict[str, tuple[str, ...]]) -> Token | None:
    """The thing acted upon: the direct object, or the subject of a passive verb; through
    quantities ("inked a number of agreements" acts on agreements); for the verbs
    object_prepositions.tsv lists, the object of their preposition ("engaged in ethnic cleansing")."""
    named = [p for prep in object_prepositions.get(verb.lemma_.lower(), ()) for p in prep_objects(verb, prep)]
    if named:
        return named[0]
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            if child.lemma_.lower() in QUANTITY_NOUNS | MEASURE_NOUNS:
                inner = [p for of in child.children if of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
                return inner[0] if inner else child
            return child
    # "will allow refugees to return": the parser makes the object the subject of the infinitive
    return next((s for clause in verb.children if clause.dep_ == "ccomp"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
                 for s in clause.children if s.dep_ == "nsubj"), None)


def force_causes(verb: Token) -> list[Token]:
    """What a clause of force says did it, when no actor is its subject: the subject of an active
    verb ("a roadside bombing killed"), the agent or the "in"/"during" phrase of a passive
    ("killed by an explosive device", "killed in a suicide car bombing")."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    return [p for prep in ("by", "in", "during") for p in prep_objects(verb, prep)]


def preparing(verb: Token) -> bool:
    """Whether the clause is what its subject prepares to do: "prepared to resume shelling"."""
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
        if verb.lemma_.lower() == "prepare" and verb.pos_ == "VERB":
            return True
    return False


def out_of(verb: Token) -> str | None:
    """"forced the agency out of the country": "out" before "of" is the verb's particle."""
    return next(("out" for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "advmod")
                 and any(g.lower_ == "of" for g in c.children)), None)


def stative_passive(verb: Token) -> bool:
    prep = STATIVE_PASSIVES.get(verb.lemma_.lower())
    return prep is not None and bool(prep_objects(verb, prep))


def complement_act(verb: Token) -> str | None:
    """The lemma of a verb's bare infinitive complement: "declined to comment", "refused to talk"."""
    return next((c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and not any(g.dep_ in ("dobj", "prep") for g in c.children)), None)


def raised_partner(verb: Token) -> Token | None:
    """The coordinated verb whose object and target a verb with none of its own shares: "donated and
    personally delivered goods to the school", "condemned and sanctioned Russia"."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                 and any(g.dep_ == "dobj" for g in c.children)), None)


def reported_subjects(verb: Token) -> list[Token]:
    """The subjects of the clauses a verb reports, or its object noun does: "demanded that the DPRK
    forsake its programme", "renewed its call for the United States to lift sanctions"."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"] + reported_clauses(verb)
    return [s for clause in clauses if clause.pos_ in ("VERB", "AUX")
            for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]


def only_the_request(target: Token, verb: Token, pattern: VerbPattern) -> bool:
    """Whether a target phrase names only the request itself: "its demand", "its call", the noun
    that carries what is asked ("insisted on its demands that ..."), unless the request names its
    owner ("demanded an admission by Moscow that ...": the demand is of Moscow)."""
    if target.tag_ == "PRP$" or object_words(target) & pattern.objects:
        return True
    owned = any(o.lower_ in ("by", "from") or o.dep_ == "poss" and o.tag_ != "PRP$" for o in target.children)
    return not owned and any(c.head == target for c in reported_clauses(verb))


def reported_clauses(verb: Token) -> list[Token]:
    """The clauses on a verb's object noun that say what it asks or claims: "its demand that ...",
    "its call for the United States to ...", "insisted on its demands that ..."."""
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    nouns += [p for prep in verb.children if prep.dep_ == "prep" for p in prep.children
              if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    return [c for noun in nouns for c in noun.children if c.dep_ in ("acl", "ccomp", "advcl")
            and any(m.dep_ == "mark" and m.lower_ in ("that", "for") for m in c.children)]


def complement_targets(verb: Token) -> list[Token]:
    """Candidate targets inside a frame's complement, when the complement itself is not coded:
    "offered to hand over to Great Britain", "promised to continue military aid to Mozambique"."""
    found = reported_subjects(verb)
    for clause in (c for c in verb.children if c.dep_ in COMPLEMENT_DEPS and c.pos_ in ("VERB", "AUX")):
        found += reported_subjects(clause)  # "refused to allow UN planes to land"
        heads = [clause] + [c for c in clause.children if c.dep_ == "dobj"]
        found += dative(clause)
        found += [p for head in heads for prep in COMPLEMENT_TARGET_PREPS for p in prep_objects(head, prep)]
        found += [c for c in clause.children if c.dep_ == "dobj"]
    return found


def object_words(obj: Token) -> set[str]:
    """The object's noun and the nouns compounded with it ("aid deliveries", "mediation efforts"),
    and what an act is of ("the return of inspectors")."""
    words = {obj.lemma_.lower()} | {c.lemma_.lower() for c in obj.children if c.dep_ == "compound"}
    return words | {p.lemma_.lower() for p in acted_on(obj)}


def acted_on(obj: Token) -> list[Token]:
    """What an act named by a noun is of: "the return of inspectors", "a suspension of air links"."""
    if obj.lemma_.lower() not in ACT_OF_NOUNS:
        return []
    return [p for of in obj.children if of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]


def condition_subjects(verb: Token) -> list[Token]:
    """The subjects of the conditions a threat sets, anywhere in the frame the verb is part of."""
    while verb.dep_ in COMPLEMENT_DEPS and verb.head != verb:
        verb = verb.head
    return [
        subject
        for clause in verb.subtree
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children)
        for subject in clause.children if subject.dep_ in ("nsubj", "nsubjpass")
    ]


def obliged(clause: Token, modals: tuple[tuple[str, ...], ...]) -> bool:
    """The clause's verb carries one of the modals: "must return", "has to return"."""
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    for modal in modals:
        if len(modal) == 1 and modal[0] in auxiliaries:
            return True
        if len(modal) == 2 and clause.lemma_.lower() == modal[0] and any(
            c.dep_ == "xcomp" and any(a.lower_ == modal[1] for a in c.children if a.dep_ == "aux")
            for c in clause.children
        ):
            return True
    return False


def verbal_attack(verb: Token, pattern: VerbPattern, ontology, sources) -> bool:
    """Force words said of words: a politician who "attacked X, saying ..." or "slammed" nobody
    with weapons. Armed actors (MIL, REB, UAF, COP...) keep the reading of force."""
    if ontology[pattern.cameo].root not in FORCE_ROOTS:
        return False
    speaking = any(c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in SPEECH_VERBS | {"call", "accuse"}
                   for c in verb.children)
    # "attacked Mr Brown for failing to mention pensions", "slammed the plan over its cost": a grievance
    grievance = verb.lemma_.lower() in CRITICISM_FORCE_WORDS and any(
        c.dep_ == "prep" and c.lower_ in ("for", "over") and any(g.dep_ in ("pcomp", "pobj") for g in c.children)
        for c in verb.children)
    speaking = speaking or grievance
    return speaking and all(s.actor.sector not in ARMED_SECTORS for s in sources)


def purpose_of(verb: Token, events: list[Event], coded: dict[int, tuple[Token, list[Event]]]) -> bool:
    """A demand that only says what another act of the same source is for: "staged demonstrations
    to demand reforms", "would blockade Paris to demand an end to the reform" are one event each."""
    if events[0].root_code not in ASKING_ROOTS or verb.dep_ not in ("advcl", "xcomp", "acl"):
        return False
    head = coded.get(verb.head.i)
    return head is not None and {e.source and e.source.key for e in events} <= {e.source and e.source.key for e in head[1]}


def names_someone(token: Token, found: SentenceNames) -> bool:
    """Whether a phrase head could name an actor, coded or not: a name, a person or group noun,
    a pronoun, a number of people ("arrested 12")."""
    if token.pos_ in ("PRON", "NUM") or token.i in found.names or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if any(agent.start <= token.i < agent.end for agent in found.agents):
        return True
    counted = [p for of in token.children if of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
    return token.lemma_.lower() in QUANTITY_NOUNS and any(names_someone(c, found) for c in counted)


def separate_clause(token: Token) -> bool:
    """A coordinated or subordinate clause with a subject of its own."""
    children = {c.dep_ for c in token.children}
    return bool(children & {"nsubj", "nsubjpass"}) and (token.dep_ == "conj" or "mark" in children)


def plural_subject(verb: Token) -> bool:
    heads = subjects(verb)
    return len(heads) > 1 or any(h.tag_ in ("NNS", "NNPS") for h in heads)


def dative(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]


def prep_objects(head: Token, prep: str) -> list[Token]:
    """The objects of a preposition on `head`; a date is never a target ("launched it on Sunday")."""
    found = []
    for child in head.children:
        if child.dep_ in ("prep", "dative", "agent") and PREP_ALIASES.get(child.lower_, child.lower_) == prep:
            found += [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")]
    return found


def subjects(verb: Token) -> list[Token]:
    """Who acts: the subject, the `by` agent of a passive, or the subject a conjoined,
    complement or relative clause shares with the clause above it."""
    for child in verb.children:
        if child.dep_ == "agent":
            return expand([c for c in child.children if c.dep_ == "pobj"])
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") or child.dep_ == "nsubjpass" and stative_passive(verb):
            if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return expand([verb.head])
            if child.pos_ == "VERB" and child.dep_ == "nsubj":
                # "The Red Cross operating in Iraq said": a participle the parser took for the subject
                return [s for c in child.children if c.dep_ == "nsubj" for s in expand([c])]
            return expand([child])
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []  # "people are to be encouraged": a passive's inherited subject is its patient
    if verb.dep_ == "advcl" and verb.tag_ == "VBN":
        return []  # "Asked about the war, Mr Blair said": the main clause's subject was asked
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head != verb and verb.head.pos_ in ("VERB", "AUX"):
        return subjects(verb.head)
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.head != verb.head:
        return subjects(verb.head.head)  # "Syria is willing to withdraw": the subject of "is"
    if adjective_complement(verb):
        return subjects(verb.head.head.head)  # "are guilty of violating the ceasefire"
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        return subjects(verb.head.head)  # "resorted to throwing stones", "succeeded in blocking the bill"
    if stated_content(verb):
        return subjects(verb.head.head)  # "issued a statement condemning the attack": the issuer condemns
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return []  # "militiamen armed with machetes" were armed: the noun is no subject
    gathering = verb.head
    if (verb.dep_ in ("acl", "relcl") and gathering.lemma_.lower() in GATHERING_NOUNS
            and gathering.dep_ in ("dobj", "pobj")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        # "converged for a rally to protest the law": who gathers protests
        holder = gathering.head.head if gathering.dep_ == "pobj" else gathering.head
        return subjects(holder) if holder.pos_ == "VERB" else []
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return expand([verb.head])
    return []


def expand(heads: list[Token]) -> list[Token]:
    """A phrase and its conjuncts, including conjuncts hanging off an apposition
    ("leader Kim Jong-un and President Park Geun-hye")."""
    found: list[Token] = []
    stack = list(heads)
    while stack:
        token = stack.pop(0)
        if token in found:
            continue
        found.append(token)
        for child in token.children:
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
                stack.append(child)
            elif child.dep_ == "appos":
                stack.extend(c for c in child.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))
    return found


def aux_words(verb: Token) -> set[str]:
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.pos_ in ("VERB", "AUX"):
        chain.append(chain[-1].head)
    return {c.lower_ for t in chain for c in t.children if c.dep_ in ("aux", "auxpass")}


def negated(verb: Token) -> bool:
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FAILURE_VERBS:
        return True
    if any(c.dep_ == "neg" or c.lower_ in NEGATORS and c.dep_ in ("advmod", "det") for c in verb.children):
        return True
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in ("nobody", "none") or any(
            c.lower_ in ("no", "neither") and c.dep_ in ("det", "preconj") for c in subject.children
        ):
            return True
    return False


def modality(verb: Token) -> str:
    """asserted, intended (will, plans, purposes, "agreed to") or hypothetical (modals, conditions)."""
    result = "asserted"
    token = verb
    while True:
        auxes = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")} | aux_words(token)
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in token.children):
            return "hypothetical"
        if auxes & HYPOTHETICAL_AUX:
            if not stated_intent(token, auxes):
                return "hypothetical"
            auxes |= {"will"}
        if token.dep_ in ("ccomp", "xcomp", "advcl") and token.head.lemma_.lower() in COGNITION_VERBS | DENIAL_VERBS:
            return "hypothetical"
        if token.dep_ in ("acl", "ccomp", "advcl") and token.head.pos_ == "NOUN" and any(
            c.dep_ == "mark" and c.lower_ in ("that", "for") for c in token.children
        ):
            # what a claim, denial, admission or call says: "demanded an admission that X murdered",
            # "renewed its call for the United States to lift sanctions"
            return "hypothetical"
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)
        if auxes & INTENDED_AUX:
            result = "intended"
        elif token.dep_ == "xcomp" and token.head.lemma_.lower() in INTENT_VERBS | READINESS_WORDS:
            result = "intended"
        elif (token.dep_ == "advcl" and token.head.lemma_.lower() in INTENT_VERBS
              and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
            result = "intended"  # "have sworn to fight", parsed as a purpose clause
        elif (token.dep_ in NONFINITE_DEPS and not own_subject and token.tag_ in ("VB", "VBG")
              and governor(token).lemma_.lower() not in ASPECTUAL_VERBS and not stated_content(token)
              and not adjective_complement(token)):
            result = "intended"
        if token.dep_ in ("conj", "xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl", "prep", "pobj") and token.head != token:
            token = token.head
        else:
            return result


def conditions(verb: Token) -> set[str]:
    """The conjunctions of the conditions set on the clause: {"unless"}, {"if"}."""
    return {m.lower_ for c in verb.children if c.dep_ == "advcl"
            for m in c.children if m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS}


def stated_intent(token: Token, auxes: set[str]) -> bool:
    """A modal in reported speech that states the speaker's intent, as CAMEO reads it: "said they
    would boycott the talks" is a reported "will"; "may halt mediation if the fighting goes on,
    the minister said" is a conditional threat. A modal outside reported speech is speculation."""
    head = token.head
    if token.dep_ != "ccomp" or head.lemma_.lower() not in SPEECH_VERBS:
        return False
    backshifted = "would" in auxes and head.tag_ in ("VBD", "VBN")
    return backshifted or bool(auxes & {"may", "might", "could", "would"} and conditions(token))


def stated_content(verb: Token) -> bool:
    """The verb says what a statement says: "issued a statement condemning the attack"."""
    statement = verb.head
    return (verb.dep_ == "acl" and statement.lemma_.lower() in STATEMENT_NOUNS and statement.dep_ == "dobj"
            and statement.head.pos_ == "VERB")


def governor(token: Token) -> Token:
    """The word a complement depends on, through its preposition: "succeeded in blocking" → succeed."""
    return token.head.head if token.dep_ == "pcomp" and token.head.dep_ == "prep" else token.head


def adjective_complement(verb: Token) -> bool:
    """A gerund that says what an adjective is of or for: "guilty of violating", "responsible for
    killing". It states a past or present act of the copula's subject, not an intention."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ == "ADJ"
            and prep.head.dep_ == "acomp" and prep.head.head != prep.head)


def warned_act(verb: Token, found: SentenceNames) -> bool:
    """Whether a warning says someone will or would act: "warned that police will no longer tolerate
    rallies", "would not rule out scrapping the agency, the minister warned"; a warning that the
    economy would suffer is only pessimistic."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"] + ([verb.head] if verb.dep_ == "parataxis" else [])
    return any(aux_words(clause) & (INTENDED_AUX | {"would"}) and any(
        names_someone(s, found) and s.lower_ not in ("it", "this", "that")  # "it would be wrong to wait"
        for s in clause.children if s.dep_ == "nsubj") for clause in clauses)


def standing_condition(verb: Token) -> bool:
    """A relative clause in the simple present describes what is, not what happened: "Turkey,
    which occupies northern Cyprus", "Hamas, which controls Gaza"; a participle describing a noun
    refers back to what is already told ("at a dinner hosted by Mr Prescott")."""
    return verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") or verb.dep_ == "acl" and verb.tag_ == "VBN"


def bare_question(verb: Token) -> bool:
    """"..., he asked.": a request with no object, complement or addressee is a question."""
    return not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "prep", "nsubjpass") for c in verb.children)


def looks_back(verb: Token) -> bool:
    """Whether a bare weekday or month in the clause means the last one: news reports in the past
    and present ("shunned work on Monday", "is providing photographs, officials said Wednesday");
    only what will or would happen looks ahead. An infinitive takes its governing clause's tense."""
    token = verb
    while token.tag_ == "VB" and token.dep_ in ("xcomp", "advcl", "ccomp", "conj", "acl", "relcl") and token.head != token:
        token = token.head
    return token.tag_ != "VB" and not aux_words(token) & (INTENDED_AUX | HYPOTHETICAL_AUX)


def governs(verb: Token, other: Token) -> bool:
    """Whether `other` is in a clausal complement of `verb` ("declared that ...", "agreed to ...",
    "issued a statement condemning ...")."""
    token = other
    while token.head != token:
        if token.head == verb:
            return token.dep_ in COMPLEMENT_DEPS
        if token.head.head == verb and (stated_content(token) or token in reported_clauses(verb)):
            return True
        token = token.head
    return False


def attaches_to(token: Token, verb: Token) -> bool:
    """Whether a temporal expression modifies this verb rather than a noun ("celebrations in May")."""
    while token != verb:
        if token.dep_ not in TEMPORAL_PATH_DEPS or token.head == token:
            return False
        if token.dep_ == "pobj" and token.head.head != verb and token.head.head.pos_ in ("NOUN", "PROPN"):
            return False
        token = token.head
    return True


def inside_quotes(token: Token, sent: Span) -> bool:
    marks = [t.i for t in sent if t.text in QUOTES]
    before = sum(1 for i in marks if i < token.i)
    return before % 2 == 1 and any(i > token.i for i in marks)


def places(verb: Token) -> list[Token]:
    return [p for prep in ("in", "at", "outside", "throughout") for p in prep_objects(verb, prep)]


def place(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "LOC", "FAC"):
                    return " ".join(t.text for t in pobj.subtree if t.ent_type_)
    return None
