"""Actors: find the actors a sentence names and code each one CAMEO-style.

A noun phrase is read as evidence (a known person or organization, a country name, demonym,
capital or seat of government, a title or group noun, "former") and the evidence is composed
into one actor code: "Russian Foreign Minister Sergey Lavrov" → RUSGOV, "Chinese police" → CHNCOP,
"Moscow" → RUS, "the Kremlin" → RUSGOV. Persons are coded for the date of the event they take
part in, so an office-holder outside his term is an elite (ELI), not the government.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from transforms.knowledge import SECTOR_NAMES, ActorDictionary, Surface
from transforms.records import Actor

# Dependencies that keep a token inside the noun phrase of its head.
PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "case", "flat", "appos", "predet", "quantmod"}
# Dependencies over which a name climbs to the head of its phrase ("Russian" → "President" → "Putin").
CLIMB_DEPS = {"compound", "amod", "flat", "nmod", "poss"}
PRONOUNS = {"he", "she", "it", "they"}
KOREAN_CONTEXT = {"PRK", "KOR"}
UNKNOWN = "---"
PAIR_WORDS = {"country", "government", "nation", "side", "state", "capital"}


@dataclass(frozen=True)
class NameSpan:
    start: int  # token index in the Doc
    end: int
    surface: Surface


@dataclass(frozen=True)
class SentenceNames:
    """The dictionary names and agent terms found in one sentence, by token index."""

    names: dict[int, NameSpan]
    agents: list[tuple[int, int, str, str]]  # (start, end, sector, kind)

    @property
    def agent_tokens(self) -> set[int]:
        return {i for start, end, _, _ in self.agents for i in range(start, end)}


@dataclass
class ReadingContext:
    """What in-document resolution remembers while reading an article in order."""

    persons: list[str] = field(default_factory=list)  # full names, most recent last
    person_actors: dict[str, Actor] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)  # country codes in order of mention
    last_subject: list[Actor] | None = None
    last_date: object | None = None  # the last explicitly resolved date (transforms.dates.ResolvedDate)
    author: str | None = None
    sitename: str | None = None


@dataclass(frozen=True)
class ResolvedActor:
    actor: Actor
    start: int  # character offsets of the phrase in the Doc
    end: int
    method: str


def _canonical_key(kind: str, value: str) -> str:
    return f"{kind}:{value.lower()}"


class ActorResolver:
    def __init__(self, kb: ActorDictionary):
        self.kb = kb
        self.max_surface_tokens = 8
        self.max_agent_tokens = max((len(words) for words in kb.agents), default=1)

    # -- finding names -------------------------------------------------------------------------
    def name_spans(self, sent: Span) -> list[NameSpan]:
        """Longest dictionary names in a sentence, left to right, never overlapping."""
        spans, i = [], sent.start
        while i < sent.end:
            found = None
            for j in range(min(sent.end, i + self.max_surface_tokens), i, -1):
                span = sent.doc[i:j]
                first = span[1] if span[0].lower_ == "the" and len(span) > 1 else span[0]
                if not first.text[:1].isupper():
                    continue
                surface = self.kb.lookup(span.text)
                if surface:
                    found = NameSpan(i, j, surface)
                    break
            if found:
                spans.append(found)
                i = found.end
            else:
                i += 1
        return spans

    def agent_terms(self, sent: Span, names: dict[int, NameSpan]) -> list[tuple[int, int, str, str]]:
        """Titles and group nouns outside names, as (start, end, sector, kind), longest first.
        Terms match on lemmas or on the words as written ("media" lemmatizes to "medium")."""
        lemmas = [t.lemma_.lower() for t in sent]
        words = [t.lower_ for t in sent]
        found, i = [], 0
        while i < len(lemmas):
            for n in range(min(self.max_agent_tokens, len(lemmas) - i), 0, -1):
                if any(sent.start + k in names for k in range(i, i + n)):
                    continue
                entry = self.kb.agents.get(tuple(lemmas[i : i + n])) or self.kb.agents.get(tuple(words[i : i + n]))
                if entry:
                    found.append((sent.start + i, sent.start + i + n, *entry))
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
            stack.extend(c for c in token.children if c.dep_ in PHRASE_DEPS or c.text == "-")
        return sorted(tokens, key=lambda t: t.i)

    @staticmethod
    def phrase_head(token: Token, names: dict[int, NameSpan], agent_tokens: set[int]) -> Token:
        """Climb from a name to the head of the phrase it modifies while that head names an actor too."""
        while token.dep_ in CLIMB_DEPS or token.dep_ == "appos":
            head = token.head
            if head is token:
                break
            names_actor = head.i in names or head.i in agent_tokens or head.pos_ == "PROPN" or head.ent_type_ == "PERSON"
            if token.dep_ == "appos" or names_actor:
                token = head
            else:
                break
        return token

    # -- resolving -----------------------------------------------------------------------------
    def read_sentence(self, sent: Span) -> SentenceNames:
        spans = self.name_spans(sent)
        names = {i: s for s in spans for i in range(s.start, s.end)}
        return SentenceNames(names, self.agent_terms(sent, names))

    def resolve(self, head: Token, when: date, ctx: ReadingContext, found: SentenceNames) -> list[ResolvedActor]:
        """The actor(s) a noun phrase headed by `head` refers to; empty when it names none."""
        names, agents = found.names, found.agents
        lower = head.lower_
        if lower in PRONOUNS and head.dep_ in ("nsubj", "nsubjpass") and ctx.last_subject:
            if len(ctx.last_subject) == 1 and lower != "they" or len(ctx.last_subject) > 1 and lower == "they":
                return [ResolvedActor(a, head.idx, head.idx + len(head), "coreference") for a in ctx.last_subject]
            return []
        tokens = self.phrase_tokens(head)
        indexes = {t.i for t in tokens}
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t) for t in tokens)
        pair = self._pair(head, tokens, ctx, start, end)
        if pair:
            return pair

        person = org = None  # person: (name, listed in people.tsv, how it was found)
        countries: list[tuple[str, str]] = []  # (code, kind)
        for index in sorted(indexes):
            name = names.get(index)
            if not name or name.start != index:
                continue
            kind = name.surface.kind
            if kind == "person" and person is None:
                written = head.doc[name.start : name.end].text
                person = (name.surface.key, True, "dictionary" if written == name.surface.key else "alias")
            elif kind == "organization":
                org = org or self.kb.organizations[name.surface.key]
            elif kind != "person":
                countries.append((name.surface.key, kind))
        sector = None
        for a_start, a_end, a_sector, _ in agents:
            if any(i in indexes for i in range(a_start, a_end)):
                sector = a_sector  # the last title, nearest the head, wins
        former = any(t.lower_ in ("former", "ex", "late") for t in tokens)
        if person is None:
            person = self._unlisted_person(head, tokens, names, ctx)
        if person is None and not countries and lower in ("north", "south") and set(ctx.countries) & KOREAN_CONTEXT:
            if any(t.lower_ == "the" for t in tokens):
                countries = [("PRK" if lower == "north" else "KOR", "country")]

        if person:
            name, listed, method = person
            if ctx.author and name.lower() == ctx.author.lower():
                actor = Actor(_canonical_key("person", name), name, UNKNOWN, None, None, "person")
                return [ResolvedActor(actor, start, end, "author")]
            actor, how = self._person_actor(name, listed, when, countries, sector, former, ctx)
            return [ResolvedActor(actor, start, end, method or how)]
        if org:
            if ctx.sitename and org.name.lower() == ctx.sitename.lower():
                return []
            actor = Actor(_canonical_key("org", org.code + ":" + org.name), org.name, org.code, org.country,
                          org.code[3:6] if org.country else None, org.type if org.type != "ngo" else "organization")
            return [ResolvedActor(actor, start, end, "dictionary")]
        if not countries:
            return []
        code, kind = countries[-1] if head.i in names else countries[0]
        if sector is None and kind == "seat":
            sector = "GOV"
        if former and sector:
            sector = "ELI"
        if sector is None and kind == "demonym" and head.i not in names:
            return []  # "Russian investment": a country's adjective on a non-actor noun
        return [ResolvedActor(self._country_actor(code, sector), start, end,
                              "composed" if sector and kind != "seat" else "dictionary")]

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

    def _unlisted_person(self, head, tokens, names, ctx) -> tuple[str, bool, str | None] | None:
        """A person the dictionary does not list: a full name spaCy tags PERSON, or a short form
        ("Kim", "Medvedev") of the last full name it can belong to."""
        words = [t for t in tokens if t.ent_type_ == "PERSON" and t.i not in names]
        if not words:
            return None
        text = head.doc[words[0].i : words[-1].i + 1].text
        parts = text.split()
        if len(parts) == 1:
            for full in reversed(ctx.persons):
                if text in full.replace("-", " ").split():
                    return full, full in self.kb.terms, "coreference"
        return text, False, None

    def _person_actor(self, name, listed, when, countries, sector, former, ctx) -> tuple[Actor, str]:
        """Code a person for the date `when`; the second value says how the code was found."""
        key = _canonical_key("person", name)
        method = "dictionary"
        if listed:
            terms = self.kb.terms_on(name, when)
            if terms and not former:
                term = next((t for t in terms if t.sector == "GOV"), terms[0])
                code = (term.country if term.country != "IGO" else "IGO") + term.sector
                return Actor(key, name, code, term.country if term.country != "IGO" else None, term.sector, "person"), method
            all_terms = self.kb.terms[name]
            country = all_terms[-1].country
            return Actor(key, name, country + "ELI", country, "ELI", "person"), method
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
        self, sent: Span, found: SentenceNames, when: date, ctx: ReadingContext
    ) -> list[tuple[Token, ResolvedActor]]:
        """Every actor phrase of a sentence, once each, with its head token."""
        names, agent_tokens = found.names, found.agent_tokens
        starts = sorted({span.start for span in names.values()})
        seeds = [sent.doc[names[i].end - 1] for i in starts]
        seeds += [ent[-1] for ent in sent.ents if ent.label_ in ("PERSON", "NORP") and ent[-1].i not in names]
        seeds += [sent.doc[a[1] - 1] for a in found.agents]
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
        for _, resolved in found:
            actor = resolved.actor
            if actor.type == "person" and len(actor.name.split()) > 1 and resolved.method != "author":
                if actor.name in ctx.persons:
                    ctx.persons.remove(actor.name)
                ctx.persons.append(actor.name)
                ctx.person_actors[actor.name] = actor
            if actor.country:
                ctx.countries.append(actor.country)
