"""Actors: find the actors a sentence names and code each one CAMEO-style.

A noun phrase is read as evidence (a known person or organization, a country name, demonym,
capital or seat of government, a title or group noun, "former") and the evidence is composed
into one actor code: "Russian Foreign Minister Sergey Lavrov" → RUSGOV, "Chinese police" → CHNCOP,
"the Kremlin" → RUSGOV. A capital that acts is its government ("Moscow set up the DPRK" → RUSGOV);
as a place or a target it is the country ("talks in Moscow", "denounced Moscow" → RUS). Persons
are coded for the date of the event they take part in, so an office-holder outside his term is an
elite (ELI), not the government.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import NamedTuple

from spacy.tokens import Span, Token

from transforms.dates import ResolvedDate
from transforms.knowledge import SECTOR_NAMES, ActorDictionary, Surface
from transforms.records import Actor

# Dependencies that keep a token inside the noun phrase of its head.
PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "case", "flat", "appos", "predet", "quantmod"}
# Dependencies over which a name climbs to the head of its phrase ("Russian" → "President" → "Putin").
CLIMB_DEPS = {"compound", "amod", "flat", "nmod", "poss"}
PRONOUNS = {"he", "she", "it", "they"}
POSSESSIVE_PRONOUNS = {"its", "their"}
KOREAN_CONTEXT = {"PRK", "KOR"}
UNKNOWN = "---"
Period = tuple[date, date]  # first and last day of the time a clause speaks of
LOCATIVE_PREPOSITIONS = {
    "in", "at", "near", "outside", "inside", "around", "from", "to", "into", "across", "throughout", "via",
}
# "rebels in Zimbabwe", "activists from the Fatah Party", "students throughout Indonesia"
ACTOR_PLACE_PREPOSITIONS = {"of", "in", "from", "throughout", "across"}
BASED_VERBS = {"base", "headquarter", "station", "locate"}
# "forces loyal to Gaddafi", "militants linked to al-Qaeda": whom a group serves places it.
ALLEGIANCE_WORDS = {"loyal", "affiliated", "allied", "linked", "attached", "faithful"}
# "Thousands of Kurds", "a number of agreements": the counted noun is what the phrase is about.
QUANTITY_NOUNS = {
    "number", "scores", "score", "hundreds", "hundred", "thousands", "thousand", "dozens", "dozen", "millions",
    "tens", "group", "series", "set", "couple", "range", "host", "lot", "pair", "raft", "string", "round",
    "half", "third", "quarter", "majority", "minority", "rest", "bulk", "remainder", "fraction", "percent",
}
# "A member of the Syrian parliament", "a delegation of Hamas": the body is the actor.
MEMBER_NOUNS = {"member", "delegation", "representative"}
PLACE_NOUNS = {"town", "city", "village", "area", "district", "region", "province", "camp", "neighbourhood",
               "neighborhood", "suburb", "quarter", "home", "house", "building", "position", "jail", "prison",
               "square", "street", "campus"}
GROUP_NOUNS = {"group", "wing", "movement", "network", "faction", "coalition", "front", "organization",
               "organisation", "cell", "militia", "unit", "forum", "alliance", "bloc", "side"}
# "the Greek side", "the Turkish and Greek sides": a side in a dispute is its country, not its people.
SIDE_NOUNS = {"side"}
GROUP_MODIFIER_DEPS = {"compound", "amod", "nmod"}  # "the UNITA militarist wing", "the APEC forum"
# Lowercase words that begin names: "al-Qaeda", "de Klerk", "bin Laden".
NAME_PARTICLES = {"al", "el", "bin", "ibn", "de", "van", "von", "da", "dos", "du", "la", "le", "del", "di"}
# "an official Syrian newspaper", "state-run television": the government's voice.
STATE_WORDS = {"official", "state", "state-run", "state-owned", "government-run", "government-owned"}
# "former President", "ousted president Aristide": no longer in office, an elite (ELI).
FORMER_WORDS = {"former", "ex", "late", "ousted", "deposed", "toppled", "overthrown"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mme", "m"}
# What an honorific says of a person, so "she" does not refer back to a "Mr".
HONORIFIC_PRONOUNS = {"mr": "he", "sir": "he", "lord": "he", "mrs": "she", "ms": "she", "miss": "she",
                      "dame": "she", "lady": "she", "mme": "she"}
PAIR_WORDS = {"country", "government", "nation", "side", "state", "capital"}


@dataclass(frozen=True)
class NameSpan:
    start: int  # token index in the Doc
    end: int
    surface: Surface


class AgentSpan(NamedTuple):
    """A title or group noun in a sentence: "foreign minister" (GOV), "Home Secretary" (GOV, GBR)."""

    start: int
    end: int
    sector: str
    kind: str
    country: str | None = None


@dataclass(frozen=True)
class SentenceNames:
    """The dictionary names and agent terms found in one sentence, by token index."""

    names: dict[int, NameSpan]
    agents: list[AgentSpan]

    @property
    def agent_tokens(self) -> set[int]:
        return {i for agent in self.agents for i in range(agent.start, agent.end)}


@dataclass
class ReadingContext:
    """What in-document resolution remembers while reading an article in order."""

    persons: list[str] = field(default_factory=list)  # full names, most recent last
    person_actors: dict[str, Actor] = field(default_factory=dict)
    person_pronouns: dict[str, str] = field(default_factory=dict)  # full name → "he" | "she", from honorifics
    countries: list[str] = field(default_factory=list)  # country codes in order of mention
    last_subject: list[Actor] | None = None
    last_date: ResolvedDate | None = None  # the last date the text gave explicitly
    # last_date as it was when the current sentence began: the base of its "two years later"
    date_before_sentence: ResolvedDate | None = None
    author: str | None = None
    sitename: str | None = None


@dataclass(frozen=True)
class ResolvedActor:
    actor: Actor
    start: int  # character offsets of the phrase in the Doc
    end: int
    method: str


def is_place(token: Token) -> bool:
    """Whether a name is used as a place ("talks in Moscow") rather than as an actor."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


def _canonical_key(kind: str, value: str) -> str:
    return f"{kind}:{value.lower()}"


class ActorResolver:
    def __init__(self, kb: ActorDictionary):
        self.kb = kb
        self.max_surface_tokens = 8
        # The lengths of the agent terms that begin with each word, longest first.
        self.agent_lengths: dict[str, list[int]] = {}
        for words in kb.agents:
            self.agent_lengths.setdefault(words[0], []).append(len(words))
        for lengths in self.agent_lengths.values():
            lengths.sort(reverse=True)

    # -- finding names -------------------------------------------------------------------------
    def name_spans(self, sent: Span) -> list[NameSpan]:
        """Longest dictionary names in a sentence, left to right, never overlapping."""
        tokens, text, base = list(sent), sent.text, sent.start_char
        spans, k = [], 0  # k: position in the sentence
        while k < len(tokens):
            found = None
            first = tokens[k + 1] if tokens[k].lower_ == "the" and k + 1 < len(tokens) else tokens[k]
            if not first.text[:1].isupper() and first.lower_ not in NAME_PARTICLES:
                k += 1  # a name begins with a capital or a particle ("al-Qaeda"), after an optional "the"
                continue
            for m in range(min(len(tokens), k + self.max_surface_tokens), k, -1):
                last = tokens[m - 1]  # the window's text, sliced from the sentence's: no Span to build
                surface = self.kb.lookup(text[tokens[k].idx - base : last.idx + len(last) - base])
                if surface:
                    found = NameSpan(tokens[k].i, last.i + 1, surface)
                    k = m
                    break
            if found:
                spans.append(found)
            else:
                k += 1
        return spans

    def agent_terms(self, sent: Span, names: dict[int, NameSpan]) -> list[AgentSpan]:
        """Titles and group nouns outside names, longest first.
        Terms match on lemmas or on the words as written ("media" lemmatizes to "medium"), and
        across hyphens ("Secretary-General" is "secretary general", not a general)."""
        tokens = [t for t in sent if t.text != "-"]
        lemmas = [t.lemma_.lower() for t in tokens]
        words = [t.lower_ for t in tokens]
        found, i = [], 0
        while i < len(tokens):
            lengths = sorted({*self.agent_lengths.get(lemmas[i], ()), *self.agent_lengths.get(words[i], ())}, reverse=True)
            for n in (n for n in lengths if i + n <= len(tokens)):
                if any(t.i in names for t in tokens[i : i + n]):
                    continue
                entry = self.kb.agents.get(tuple(lemmas[i : i + n])) or self.kb.agents.get(tuple(words[i : i + n]))
                if entry:
                    found.append(AgentSpan(tokens[i].i, tokens[i + n - 1].i + 1, *entry))
                    i += n
                    break
            else:
                i += 1
        return found

    # -- phrases -------------------------------------------------------------------------------
    @staticmethod
    def phrase_tokens(head: Token) -> list[Token]:
        """The head and the modifiers that name it: compounds, adjectives, possessors, appositions."""
        tokens, stack = [head], [c for c in head.children if c.dep_ in PHRASE_DEPS or c.text == "-"]
        while stack:
            token = stack.pop()
            tokens.append(token)
            # A modifier's conjuncts modify the head too: "Hungarian and Romanian officials"; the
            # leader in "Vietnamese-led forces", "the US-led coalition" names whose forces they are.
            led = token.dep_ == "amod" and token.lemma_.lower() == "lead"
            stack.extend(c for c in token.children if c.dep_ in PHRASE_DEPS or c.dep_ in ("conj", "cc") or c.text == "-"
                         or led and c.dep_ in ("npadvmod", "compound"))
        return sorted(tokens, key=lambda t: t.i)

    @staticmethod
    def phrase_head(token: Token, names: dict[int, NameSpan], agent_tokens: set[int]) -> Token:
        """Climb from a name to the head of the phrase it modifies while that head names an actor too."""
        while token.dep_ in CLIMB_DEPS or token.dep_ == "appos" or token.dep_ == "conj" and token.head.dep_ in CLIMB_DEPS:
            head = token.head
            if head == token:
                break
            if token.dep_ == "conj":  # "Romanian" in "Hungarian and Romanian officials"
                token = head
                continue
            names_actor = head.i in names or head.i in agent_tokens or head.pos_ == "PROPN" or head.ent_type_ == "PERSON"
            if names_actor:  # "the militant group Hamas" stays Hamas: "group" names no one
                token = head
            else:
                break
        return token

    # -- resolving -----------------------------------------------------------------------------
    def read_sentence(self, sent: Span) -> SentenceNames:
        spans = self.name_spans(sent)
        names = {i: s for s in spans for i in range(s.start, s.end)}
        return SentenceNames(names, self.agent_terms(sent, names))

    def resolve(
        self, head: Token, when: Period, ctx: ReadingContext, found: SentenceNames, as_target: bool = False,
        place_is_people: bool = False,
    ) -> list[ResolvedActor]:
        """The actor(s) a noun phrase headed by `head` refers to, for the period `when`; empty when
        the phrase names none. As the target of an act, a thing stands for its owner:
        "denounced U.S. threats" targets the United States, "rebuffed Kim's request" Kim. With
        `place_is_people`, the target of force or coercion, a place stands for the people in it:
        "shelled Iraqi towns", "imposed a curfew in Abidjan" are against civilians (CVL)."""
        names, lower = found.names, head.lower_
        if lower in PRONOUNS:
            return self._pronoun(head, when, ctx, found)
        counted = [p for of in head.children if of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
        if head.lemma_.lower() in QUANTITY_NOUNS | MEMBER_NOUNS and head.i not in names and counted:
            # "Thousands of Iraqi Kurds demonstrated": the people counted are the actor
            return self.resolve(counted[0], when, ctx, found, as_target)
        tokens = self.phrase_tokens(head)
        indexes = {t.i for t in tokens}
        start, end = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
        pair = self._pair(head, tokens, ctx, start, end)
        if pair:
            return pair
        head_agent = next((a for a in found.agents if a.start <= head.i < a.end), None)
        if head_agent is None and head.pos_ in ("NOUN", "PROPN") and head.i not in names:
            # "opposition groups", "the UNITA militarist wing", "Israeli army bulldozers", "British
            # militant Haroon Aswad": a noun that names no actor takes the role of its modifier
            # ... or who holds it: "rebel-held territory"
            modifiers = [m for c in head.children if c.dep_ in GROUP_MODIFIER_DEPS
                         for m in [c, *(g for g in c.children if g.dep_ == "npadvmod" and c.tag_ == "VBN")]]
            head_agent = next((a for a in found.agents for c in modifiers if a.start <= c.i < a.end), None)
        if head_agent is None and head.lemma_.lower() in GROUP_NOUNS:
            if any(c.i in names for c in head.children if c.dep_ in GROUP_MODIFIER_DEPS):
                head_agent = AgentSpan(head.i, head.i + 1, None, "group")
        korean_side = (
            lower in ("north", "south") and head.i not in names and set(ctx.countries) & KOREAN_CONTEXT
            and any(t.lower_ == "the" for t in tokens)
        )
        if not (head.i in names or head_agent or korean_side or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")):
            if as_target:
                owners = self.owners(head, when, ctx, found)
                if place_is_people and head.lemma_.lower() in PLACE_NOUNS:
                    return [replace(r, actor=self._country_actor(r.actor.country, "CVL")) for r in owners if r.actor.country]
                return owners
            return []  # as a subject, "the DPRK's relations" are not the DPRK

        own = names.get(head.i)
        people = own is not None and own.surface.kind == "demonym"
        located: list[int] = []  # where the names of the place or body the phrase is of begin
        if head_agent or head.ent_type_ == "PERSON" or people:
            # "the president of Armenia", "King Hassan of Morocco", "rebels in Zimbabwe", "activists from
            # the Fatah Party", "students throughout Indonesia": the place or organization names the country
            # "a terror group based in Trinidad": where a group is based places it too
            based = [c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in BASED_VERBS]
            allied = [c for c in head.children if c.dep_ in ("amod", "acl") and c.lower_ in ALLEGIANCE_WORDS]
            for prep in (c for holder in [head, *based, *allied] for c in holder.children
                         if c.dep_ == "prep" and (c.lower_ in ACTOR_PLACE_PREPOSITIONS
                                                  or holder in allied and c.lower_ in ("to", "with"))):
                for place in (p for p in prep.children if p.dep_ == "pobj"):
                    phrase = self.phrase_tokens(place)
                    if any(t.i in names for t in phrase):
                        tokens += phrase
                        located += [t.i for t in phrase if t.i in names and names[t.i].start == t.i]
            indexes = {t.i for t in tokens}

        person = org = None  # person: (name, listed in people.tsv, how it was found)
        countries: list[tuple[str, str]] = []  # (code, kind), the head's own name first
        coordinated = False  # "Hungarian and Romanian officials" are two actors
        if people and any(names[i].surface.kind != "demonym" for i in located):
            own = None  # "ethnic Albanians in south Serbia", "the Albanians of Kosovo" live in Serbia
        starts = sorted(i for i in indexes if i in names and names[i].start == i)
        if own:
            starts = [own.start] + [i for i in starts if i != own.start]
        elif people:
            starts = located + [i for i in starts if i not in located]
        for index in starts:
            name = names[index]
            kind = name.surface.kind
            if kind == "person" and person is None:
                written = head.doc[name.start : name.end].text
                person = (name.surface.key, True, "dictionary" if written == name.surface.key else "alias")
            elif kind == "organization" and (own is None or own.surface.kind == "organization"):
                # a body modifying a named country does not replace it: "NATO-member Norway"
                org = org or self.kb.organizations[name.surface.key]
            elif kind != "person" and (name.surface.key, kind) not in countries:
                countries.append((name.surface.key, kind))
                last = head.doc[name.end - 1]
                coordinated |= last.dep_ == "conj" and last.head.i in names and last.head.i not in range(name.start, name.end)
        if korean_side:
            countries = [("PRK" if lower == "north" else "KOR", "country")]
        sector = title_country = None
        for agent in found.agents:
            if any(i in indexes for i in range(agent.start, agent.end)):
                sector, title_country = agent.sector, agent.country  # the last title, nearest the head, wins
        if sector is None and head_agent is not None:
            sector, title_country = head_agent.sector, head_agent.country  # "rebel-held territory"
        if sector == "MED" and any(w.lower_ in STATE_WORDS for t in tokens for w in [t, *t.children]):
            sector = "GOV"  # state media speak for the government, as Phoenix codes STATE_MEDIA
        if not countries and title_country:
            countries = [(title_country, "title")]  # "Home Secretary David Blunkett" is British
        former = any(t.lower_ in FORMER_WORDS for t in tokens)
        person = person or self._unlisted_person(tokens, names, ctx, when, sector)

        if person:
            name, listed, method = person
            if ctx.author and name.lower() == ctx.author.lower():
                actor = Actor(_canonical_key("person", name), name, UNKNOWN, None, None, "person")
                return [ResolvedActor(actor, start, end, "author")]
            actor, how = self._person_actor(name, listed, when, countries, sector, former, ctx)
            if actor.code == UNKNOWN and org is not None:
                # "U.N. mediator Diego Cordovez": an organization's official is coded as it
                actor = replace(actor, code=org.code, country=org.country, sector=sector)
                how = "composed"
            if head_agent and head_agent.kind == "group" and actor.country:
                # "the Putin government", "the Kim regime": the institution, not the man
                return [ResolvedActor(self._country_actor(actor.country, head_agent.sector), start, end, "composed")]
            return [ResolvedActor(actor, start, end, method or how)]
        if org:
            if ctx.sitename and org.name.lower() == ctx.sitename.lower():
                return []
            role = head_agent.sector if head_agent and head.i not in names else None  # "UN peacekeepers"
            if role and role in (org.code[i : i + 3] for i in range(3, len(org.code), 3)):
                role = None  # "Hezbollah guerrillas" are Hezbollah (LBNREBHEZ), not LBNREBHEZREB
            if role == "GOV" and org.country:  # "the Labour government" is the country's government
                return [ResolvedActor(self._country_actor(org.country, "GOV"), start, end, "composed")]
            # An organ's sector is its code's last part: IGOUNOGOV (the Security Council), PSEGOVFTA
            sector = role or (org.code[3:6] if org.country else org.code[6:9] or None)
            code = org.code + role if role else org.code
            actor = Actor(_canonical_key("org", org.name + (f":{role}" if role else "")), org.name, code,
                          org.country, sector, org.type)
            return [ResolvedActor(actor, start, end, "composed" if role else "dictionary")]
        if not countries:
            holder = self._named_title_holder(head, found, when, ctx)
            if holder:
                return [ResolvedActor(holder, start, end, "coreference")]
            owned = sector and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in head.children)
            return self._pronoun_owners(head, sector, when, ctx, found, start, end) if owned else []
        code, kind = countries[0]
        if sector is None and (kind == "seat" or kind == "capital" and head.i in names and not as_target
                               and not is_place(head)):
            sector = "GOV"  # a city cannot act: "Moscow set up the DPRK" is Russia's government
        if sector is None and place_is_people and (kind in ("capital", "region") or head.lemma_.lower() in PLACE_NOUNS):
            sector = "CVL"
        if sector is None and people and own is None:
            sector = "CVL"  # the people of a place
        if sector is None and kind == "demonym" and head.lemma_.lower() not in SIDE_NOUNS:
            if head.i not in names and head.ent_type_ != "NORP":
                return []  # "Russian investment": a country's adjective on a non-actor noun
            if head.ent_type_ == "NORP" and head.i not in names or head.tag_ in ("NNPS", "NNS"):
                sector = "CVL"  # "Iraqi Kurds", "2,000 Libyans": people, not the state
        if former and sector:
            sector = "ELI"
        method = "composed" if sector and kind != "seat" else "dictionary"
        chosen = [c for c, _ in countries] if coordinated else [code]
        return [ResolvedActor(self._country_actor(c, sector), start, end, method) for c in chosen]

    def owners(self, head: Token, when: Period, ctx: ReadingContext, found: SentenceNames) -> list[ResolvedActor]:
        """Who a targeted thing belongs to: "Kim's request", "a U.S. request", "an Indian proposal",
        "Palestinian detainees"; through quantities ("scores of Liberian refugees")."""
        owners = [
            c for c in head.children
            if c.dep_ in ("poss", "compound", "amod", "nmod") and (c.i in found.names or c.pos_ == "PROPN")
        ]
        resolved: list[ResolvedActor] = []
        for owner in owners:
            # The owner is an actor in its own right here: "Palestinian" in "Palestinian detainees".
            for r in self.resolve(owner, when, ctx, found):
                resolved.append(r)
            if resolved:
                break
        if not resolved:
            for owner in (o for o in owners if o.i in found.names and found.names[o.i].surface.kind == "demonym"):
                code = found.names[owner.i].surface.key
                resolved.append(ResolvedActor(self._country_actor(code, None), owner.idx, owner.idx + len(owner), "dictionary"))
                break
        if not resolved:
            # "the computers of South Korean army officers", "demands from UNITA", "calls by Belarus",
            # "a village in western Cambodia"
            # "the demonstration staged by students", "property seized by government forces",
            # "weapons seized from United Nations peacekeepers"
            preps = ("of", "from", "by", "in") if head.lemma_.lower() in PLACE_NOUNS else ("of", "from", "by")
            holders = [head] + [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"]
            for held in (p for holder in holders for of in holder.children
                         if of.lower_ in preps and (holder is head or of.dep_ == "agent" or of.lower_ == "from")
                         for p in of.children if p.dep_ == "pobj"):
                resolved = self.resolve(held, when, ctx, found, as_target=True)
                break
        return resolved

    def located_group(self, head: Token, country: str, found: SentenceNames) -> ResolvedActor | None:
        """A group named without a country, placed by where it acts: "hundreds of thousands of
        people blocked streets in Hong Kong" are Hong Kong civilians (method `located`)."""
        counted = [p for of in head.children if of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
        if head.lemma_.lower() in QUANTITY_NOUNS | MEMBER_NOUNS and counted:
            return self.located_group(counted[0], country, found)
        agent = next((a for a in found.agents if a.kind == "group" and a.start <= head.i < a.end), None)
        if agent is None or agent.country or head.i in found.names:
            return None
        tokens = self.phrase_tokens(head)
        start, end = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
        return ResolvedActor(self._country_actor(country, agent.sector), start, end, "located")

    def _named_title_holder(self, head: Token, found: SentenceNames, when: Period, ctx: ReadingContext) -> Actor | None:
        """"the prime minister", "his chancellor": the last person the article named who held an
        office of that title at the time ("Tony Blair ... the prime minister"); a title alone
        names no one else."""
        title = next((a for a in found.agents if a.kind == "title" and a.start <= head.i < a.end), None)
        if title is None or head.tag_ not in ("NN", "NNP") or not any(c.lower_ in ("the", "his", "her")
                                                                       for c in head.children):
            return None
        words = " ".join(t.lower_ for t in head.doc[title.start : title.end])
        for name in reversed(ctx.persons):
            if any(words in term.role.lower() for term in self.kb.terms_during(name, *when)):
                return self._person_actor(name, True, when, [], None, False, ctx)[0]
        return None

    def _pronoun(self, head: Token, when: Period, ctx: ReadingContext, found: SentenceNames) -> list[ResolvedActor]:
        """A subject pronoun refers back only where that is near certain: in reported speech to the
        speaker ("Nigeria announced that it will withdraw"), and in a main clause to the previous
        sentence's subject, when the number agrees. Anywhere else it is left alone."""
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return []
        if verb.dep_ == "ccomp":
            speakers = [c for c in speakers_of(verb.head) if c.lower_ not in PRONOUNS]
            antecedents = [r.actor for s in speakers for r in self.resolve(s, when, ctx, found)]
            # "the government announced that it ...", "rebels said they ...": the speaker's grammatical
            # number; "a group of leaders" is either
            plural_antecedent = len(antecedents) > 1 or any(s.tag_ in ("NNS", "NNPS") for s in speakers)
            if any(s.lemma_.lower() in QUANTITY_NOUNS for s in speakers):
                plural_antecedent = head.lower_ == "they"
        elif verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT":
            antecedents = ctx.last_subject or []
            plural_antecedent = len(antecedents) > 1 or bool(antecedents) and antecedents[0].type == "group"
        else:
            return []
        if not antecedents or (head.lower_ == "they") != plural_antecedent:
            return []
        if any(ctx.person_pronouns.get(a.name, head.lower_) != head.lower_ for a in antecedents if head.lower_ in ("he", "she")):
            return []  # "Mr Blair ... she said": someone else
        return [ResolvedActor(a, head.idx, head.idx + len(head), "coreference") for a in antecedents]

    def _pronoun_owners(self, head: Token, sector: str, when: Period, ctx: ReadingContext, found: SentenceNames,
                        start: int, end: int) -> list[ResolvedActor]:
        """"Bosnian Serbs said their forces withdrew", "Nigeria will withdraw its troops": a group
        owned through "its"/"their" belongs to the speaker or to its own clause's subject."""
        verb = head.head.head if head.dep_ == "pobj" else head.head
        if head.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp":
            owners = [c for c in verb.head.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS]
        elif head.dep_ in ("dobj", "pobj", "dative"):
            owners = [c for c in verb.children if c.dep_ == "nsubj"]
        else:
            return []
        actors = [r.actor for owner in owners for r in self.resolve(owner, when, ctx, found)]
        return [ResolvedActor(self._country_actor(a.country, sector), start, end, "coreference")
                for a in actors[:1] if a.country]

    def _country_actor(self, code: str, sector: str | None) -> Actor:
        country = self.kb.countries[code]
        if sector:
            name = f"{country.name} {SECTOR_NAMES.get(sector, sector)}"
            return Actor(_canonical_key("group", code + sector), name, code + sector, code, sector, "group")
        return Actor(_canonical_key("state", code), country.name, code, code, None, "state")

    def _pair(self, head, tokens, ctx, start, end) -> list[ResolvedActor]:
        """"the two countries", "both governments": the last two countries the article named."""
        words = {t.lower_ for t in tokens}
        if head.lemma_.lower() not in PAIR_WORDS or not ({"two", "both"} & words):
            return []
        recent = []
        for code in reversed(ctx.countries):
            if code not in recent:
                recent.append(code)
            if len(recent) == 2:
                break
        if len(recent) < 2:
            return []
        sector = "GOV" if head.lemma_.lower() == "government" else None
        return [ResolvedActor(self._country_actor(code, sector), start, end, "coreference") for code in recent]

    def _unlisted_person(self, tokens, names, ctx, when: Period, sector: str | None) -> tuple[str, bool, str | None] | None:
        """A person not named in full by the dictionary: a short form ("Kim", "Medvedev") of the
        last full name it can belong to, or of the one listed office-holder of that surname
        ("President Assad"), or, under a title, of the one office-holder whose surname it
        misspells by a letter ("President Mitterand"); else the full name spaCy tags PERSON, unlisted."""
        words = [t for t in tokens if t.ent_type_ == "PERSON" and t.i not in names and t.pos_ == "PROPN"
                 and t.lower_.rstrip(".") not in HONORIFICS]  # "Mr Blair" is Blair
        if not words:
            return None
        text = words[0].doc[words[0].i : words[-1].i + 1].text
        if len(words) == 1:
            for full in reversed(ctx.persons):
                if text in full.replace("-", " ").split():
                    return full, full in self.kb.terms, "coreference"
        listed = self.kb.person_by_surname(words[-1].text, *when, given=words[0].text if len(words) > 1 else None)
        if listed:  # "President Assad", "George Bush": the listed office-holder of that name
            return listed, True, "alias"
        given = words[0].text if len(words) > 1 else None
        misspelled = self.kb.person_by_spelling(words[-1].text, *when, sector, given) if sector else None
        if misspelled:
            return misspelled, True, "spelling"
        return text, False, None

    def _person_actor(self, name, listed, when, countries, sector, former, ctx) -> tuple[Actor, str]:
        """Code a person for the period `when`; the second value says how the code was found."""
        key = _canonical_key("person", name)
        if listed:
            terms = self.kb.terms_during(name, *when)
            if terms and not former:
                term = next((t for t in terms if t.sector == "GOV"), terms[0])
                if term.country == "IGO":
                    # The head of an international body runs it: "UN Secretary-General Kofi Annan" is
                    # IGOUNOGOV (people.tsv gives the body's root, UNO, in the sector column).
                    code = "IGO" + (term.sector if term.sector != "GOV" else "") + "GOV"
                    return Actor(key, name, code, None, "GOV", "person"), "dictionary"
                return Actor(key, name, term.country + term.sector, term.country, term.sector, "person"), "dictionary"
            country = self.kb.terms[name][-1].country
            if sector and not former:
                # The text gives a current title the dictionary's dates do not cover: trust the text.
                return Actor(key, name, country + sector, country, sector, "person"), "composed"
            known = ctx.person_actors.get(name)
            if known is not None and not former:
                # "Chancellor Gordon Brown ... Mr Brown": the title the article gave still holds.
                return Actor(key, name, known.code, known.country, known.sector, "person"), "coreference"
            return Actor(key, name, country + "ELI", country, "ELI", "person"), "dictionary"
        if name in ctx.person_actors and not countries and not sector:
            known = ctx.person_actors[name]
            return Actor(key, name, known.code, known.country, known.sector, "person"), "coreference"
        country = countries[0][0] if countries else None
        if former and sector:
            sector = "ELI"
        if country is None:
            return Actor(key, name, UNKNOWN, None, None, "person"), "unresolved"
        return Actor(key, name, country + (sector or ""), country, sector, "person"), "composed"

    # -- reading a whole sentence ----------------------------------------------------------------
    def sentence_actors(
        self, sent: Span, found: SentenceNames, when: Period, ctx: ReadingContext
    ) -> list[tuple[Token, ResolvedActor]]:
        """Every actor phrase of a sentence, once each, with its head token."""
        names, agent_tokens = found.names, found.agent_tokens
        starts = sorted({span.start for span in names.values()})
        seeds = [sent.doc[names[i].end - 1] for i in starts]
        seeds += [ent.root for ent in sent.ents if ent.label_ in ("PERSON", "NORP") and ent.root.i not in names]
        seeds += [sent.doc[a.end - 1] for a in found.agents]
        # Phrases that name an actor only in context: "the North", "the two countries".
        seeds += [
            t for t in sent
            if t.lower_ in ("north", "south") and t.pos_ == "PROPN"
            or t.lemma_.lower() in PAIR_WORDS and any(c.lower_ in ("two", "both") for c in t.children)
        ]
        heads, actors = [], []
        for seed in seeds:
            head = self.phrase_head(seed, names, agent_tokens)
            if head.i not in [h.i for h in heads]:
                heads.append(head)
        for head in sorted(heads, key=lambda t: t.i):
            for resolved in self.resolve(head, when, ctx, found):
                actors.append((head, resolved))
        return actors

    def remember(self, found: list[tuple[Token, ResolvedActor]], ctx: ReadingContext) -> None:
        """Update the reading context after a sentence: full names, countries, the main subject."""
        for head, resolved in found:
            actor = resolved.actor
            if actor.type == "person" and len(actor.name.split()) > 1 and resolved.method != "author":
                if actor.name in ctx.persons:
                    ctx.persons.remove(actor.name)
                ctx.persons.append(actor.name)
                ctx.person_actors[actor.name] = actor
                honorific = next((HONORIFIC_PRONOUNS[t.lower_.rstrip(".")] for t in head.doc
                                  if resolved.start <= t.idx < resolved.end and t.lower_.rstrip(".") in HONORIFIC_PRONOUNS), None)
                if honorific:
                    ctx.person_pronouns[actor.name] = honorific
            if actor.country:
                ctx.countries.append(actor.country)


def speakers_of(speech: Token) -> list[Token]:
    """Who says what a speech verb reports: its subject, or the subject of the clause it hangs from
    ("King Hassan was quoted as saying he ...")."""
    while True:
        subjects = [c for c in speech.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or speech.head == speech:
            return subjects
        if speech.dep_ == "pcomp" and speech.head.dep_ == "prep":
            speech = speech.head.head
        elif speech.dep_ in ("xcomp", "advcl", "conj"):
            speech = speech.head
        else:
            return []
