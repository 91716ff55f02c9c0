"""Typed records passed between the pipeline's steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class NormalizedDocument:
    """One article after normalization: clean text plus the metadata a reader sees."""

    id: str
    source: str
    text: str
    url: str | None = None
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    published: date | None = None
    language: str = "en"
    content_type: str = "text"
    raw_sha256: str = ""
    text_sha256: str = ""
    simhash: int = 0  # SimHash of the text, to find syndicated near-copies
    # Character ranges of the text that are boilerplate (syndication line, author bio): never coded.
    boilerplate: tuple[tuple[int, int], ...] = ()

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    boilerplate: bool = False


@dataclass(frozen=True)
class Actor:
    """A canonical actor: a state, an office-holder, an organization or a group."""

    key: str  # stable identity, e.g. "state:RUS", "person:vladimir putin", "group:SYRREB"
    name: str
    code: str  # CAMEO-style code at the time of reference ("RUSGOV"); "---" when the country is unknown
    country: str | None
    sector: str | None
    type: str  # state | person | organization | igo | group


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int
    sentence_index: int
    actor: Actor
    method: str  # dictionary | alias | spelling | composed | coreference | author | unresolved


@dataclass(frozen=True)
class Event:
    sentence_index: int
    sentence: str
    source: Actor | None  # force whose user the sentence does not name: "killed in a car bombing"
    target: Actor | None  # PLOVER's target is optional: "rebels surrendered"
    cameo: str
    root_code: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None
    date: date | None
    date_precision: str  # day | month | year | publication | unknown
    negated: bool
    modality: str  # asserted | intended | hypothetical
    pattern_id: str
    verb_start: int
    verb_end: int
    source_start: int | None
    source_end: int | None
    target_start: int | None
    target_end: int | None
    place: str | None = None


@dataclass
class ExtractedDocument:
    """Everything extraction found in one document."""

    document: NormalizedDocument
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def as_json(self) -> dict:
        """The stable `wirecode extract` record."""
        doc = self.document
        return {
            "id": doc.id,
            "metadata": {
                "title": doc.title,
                "author": doc.author,
                "date": doc.published.isoformat() if doc.published else None,
                "sitename": doc.sitename,
                "url": doc.url,
                "language": doc.language,
            },
            "actors": [
                {
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                    "sentence_index": m.sentence_index,
                    "name": m.actor.name,
                    "code": m.actor.code,
                    "country": m.actor.country,
                    "sector": m.actor.sector,
                }
                for m in self.mentions
            ],
            "events": [
                {
                    "sentence_index": e.sentence_index,
                    "sentence": e.sentence,
                    "source_code": e.source.code if e.source else None,
                    "source_name": e.source.name if e.source else None,
                    "target_code": e.target.code if e.target else None,
                    "target_name": e.target.name if e.target else None,
                    "cameo": e.cameo,
                    "root_code": e.root_code,
                    "quad_class": e.quad_class,
                    "goldstein": e.goldstein,
                    "plover": e.plover,
                    "plover_mode": e.plover_mode,
                    "date": e.date.isoformat() if e.date else None,
                    "date_precision": e.date_precision,
                    "negated": e.negated,
                    "modality": e.modality,
                }
                for e in self.events
            ],
        }

