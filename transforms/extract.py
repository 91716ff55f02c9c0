"""Extract: one spaCy pass over a batch of documents → sentences, actor mentions and events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from transforms.actors import ActorResolver, Period, ReadingContext
from transforms.dates import resolve_temporal
from transforms.events import EventCoder, subjects
from transforms.dictionaries import Dictionaries, load_dictionaries
from transforms.records import Actor, ExtractedDocument, Mention, NormalizedDocument, Sentence

__all__ = ["Extractor", "load_dictionaries"]


# A story in which this share of sentences uses sports words is sports reporting, where countries
# are teams ("Italy travel to Edinburgh"): events between bare countries are dropped from it.
SPORTS_SENTENCE_SHARE = 0.1
MIN_SPORTS_SENTENCES = 3


class Extractor:
    def __init__(self, nlp: Language, dictionaries: Dictionaries):
        self.nlp = nlp
        self.sports_terms = dictionaries.sports_terms
        self.resolver = ActorResolver(dictionaries.actors)
        self.coder = EventCoder(self.resolver, dictionaries)

    def extract(self, documents: Iterable[NormalizedDocument], batch_size: int = 50) -> Iterator[ExtractedDocument]:
        documents = list(documents)
        parsed = self.nlp.pipe((d.text for d in documents), batch_size=batch_size)
        for document, doc in zip(documents, parsed):
            yield self.read(document, doc)

    def read(self, document: NormalizedDocument, doc: Doc) -> ExtractedDocument:
        """Read one parsed article in order, so later sentences can refer back to earlier ones."""
        result = ExtractedDocument(document)
        ctx = ReadingContext(author=document.author, sitename=document.sitename)
        anchor = document.published or date.today()
        sentences = [s for s in doc.sents if s.text.strip()]
        for index, sent in enumerate(sentences):
            sent = _trimmed(sent)
            boilerplate = any(start <= sent.start_char < end for start, end in document.boilerplate)
            result.sentences.append(Sentence(index, sent.start_char, sent.end_char, sent.text, boilerplate))
            if boilerplate:
                continue
            ctx.date_before_sentence = ctx.last_date
            found = self.resolver.read_sentence(sent)
            actors = self.resolver.sentence_actors(sent, found, sentence_period(sent, anchor, ctx), ctx)
            result.mentions += [
                Mention(document.text[r.start : r.end], r.start, r.end, index, r.actor, r.method) for _, r in actors
            ]
            self.resolver.remember(actors, ctx)
            result.events += self.coder.events_from_sentence(sent, index, found, ctx, document.published)
            ctx.last_subject = [
                r.actor for head in subjects(sent.root)
                for r in self.resolver.resolve(head, (anchor, anchor), ctx, found)
            ] or None
        if sports_share(sentences, self.sports_terms) >= SPORTS_SENTENCE_SHARE:
            result.events = [e for e in result.events if not (is_team_like(e.source) or is_team_like(e.target))]
        return result


def sports_share(sentences: list[Span], terms: frozenset[str]) -> float:
    """The share of sentences that use a word only sports reporting uses, not as a name or an
    adjective (the Arab League is no league, "friendly relations" no match); none for a story of
    fewer than three such sentences."""
    hyphenated = [term for term in terms if "-" in term]  # the parser splits "semi-final" in three

    def sporty(sent: Span) -> bool:
        if any(t.pos_ not in ("PROPN", "ADJ") and (t.lower_ in terms or t.lemma_.lower() in terms) for t in sent):
            return True
        text = sent.text.lower()
        return any(term in text for term in hyphenated)

    hits = sum(map(sporty, sentences))
    return hits / len(sentences) if hits >= MIN_SPORTS_SENTENCES else 0.0


def is_team_like(actor: Actor | None) -> bool:
    """A country, or one of its people, with no sector: in sports reporting, a team or a player."""
    return actor is not None and actor.country is not None and actor.sector is None


def _trimmed(sent: Span) -> Span:
    start, end = sent.start, sent.end
    while start < end and sent.doc[start].is_space:
        start += 1
    while end > start and sent.doc[end - 1].is_space:
        end -= 1
    return sent.doc[start:end]


def sentence_period(sent: Span, anchor: date, ctx: ReadingContext) -> Period:
    """The period a sentence speaks of, for coding the office-holders it mentions: its own date,
    else the last date the narrative gave ("In 1950, Stalin ... Stalin could hardly say no")."""
    for ent in sent.ents:
        if ent.label_ == "DATE":
            resolved = resolve_temporal(ent.text, anchor, previous=ctx.date_before_sentence)
            if resolved:
                ctx.last_date = resolved
                return resolved.value, resolved.last_day
    if ctx.last_date is not None:
        return ctx.last_date.value, ctx.last_date.last_day
    return anchor, anchor
