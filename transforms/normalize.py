"""Normalize: raw bytes of a file or web page → clean text with the metadata a reader sees."""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from transforms.dates import parse_date_line
from transforms.near_duplicates import simhash
from transforms.records import NormalizedDocument

# The commonest function words of English and of the languages news in Europe and the Americas is
# most often written in: running text of a language is a third or more its own function words.
# A text is called another language only on this many of that language's function words: a
# headline with "Lib Dem" is not German.
MIN_FOREIGN_WORDS = 5
FUNCTION_WORDS = {
    "English": frozenset(
        "the of and to a in is that for it as was with be by on not he his this are or from at which "
        "but have an they has had its were their been one all would there we more will who can said "
        "after also into than other over only new two because about could when".split()
    ),
    "Spanish": frozenset("el la los las de del y en que un una por con para es se no su al lo como más".split()),
    "Portuguese": frozenset("o os as de do da dos das e em que um uma por com para é se não no na ao".split()),
    "French": frozenset("le la les de des du et en un une est que qui dans pour par sur au aux pas ne ce".split()),
    "Italian": frozenset("il lo la gli le di del della e che un una per con non è si da al nel sono".split()),
    "German": frozenset("der die das den dem des und ist nicht ein eine zu mit von auf für sich im dass auch".split()),
}
SYNDICATION_LINE = re.compile(
    r"^(this (post|article|story|piece|op-ed|column) (first|originally) (appeared|ran|was published)"
    r"|(originally|first) published (at|in|on|by)|cross-posted (from|at)|reprinted (from|with))",
    re.I,
)
BYLINE = re.compile(r"^by\s+(?P<author>[^\d,]{3,80}?)(?:,\s*(?:contributor|staff writer|reporter).*)?$", re.I)
MARKDOWN_LINK = re.compile(r"!?\[(?P<text>[^\]]*)\]\([^)]*\)")
MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$>|~])")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(?P<text>\S(?:.*?\S)?)\1")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.I)
HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)


class NormalizeError(ValueError):
    """An input that cannot become an article; the message is the reason recorded for it."""


@dataclass(frozen=True)
class _Layout:
    text: str
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    published: date | None = None


def document_id(text: str) -> str:
    """The stable id of a document: the first 16 hex digits of the SHA-256 of its normalized text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def decode(raw: bytes, declared: str | None = None) -> str:
    """Bytes → text: UTF-8 (with or without BOM), else the declared charset (HTTP header or HTML
    meta), else Windows-1252, which is what mislabelled English news nearly always is."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    meta = META_CHARSET.search(raw[:4096])
    for charset in (declared, meta.group(1).decode("ascii", "ignore") if meta else None, "cp1252"):
        if charset:
            try:
                return raw.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
    return raw.decode("latin-1")


def _looks_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return controls > len(head) * 0.05


def detect_kind(raw: bytes, source: str, content_type: str | None = None) -> str:
    if content_type and "html" in content_type.lower():
        return "html"
    suffix = PurePath(source.split("?")[0]).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if HTML_START.match(raw[:512]):
        return "html"
    return "text"


def unescape_markdown(text: str) -> str:
    """`\\$11 billion` → `$11 billion`, `[text](url)` → `text`, `**bold**` → `bold`."""
    text = MARKDOWN_LINK.sub(lambda m: m["text"], text)
    text = MARKDOWN_EMPHASIS.sub(lambda m: m["text"], text)
    text = MARKDOWN_ESCAPE.sub(r"\1", text)
    return "\n".join(MARKDOWN_HEADING.sub("", line) for line in text.split("\n"))


def _paragraphs(text: str, separator: str = r"\n\s*\n") -> list[str]:
    """Paragraphs with their inner whitespace folded. Plain text separates them by blank lines;
    trafilatura's output by single newlines."""
    blocks = re.split(separator, text)
    return [" ".join(block.split()) for block in blocks if block.strip()]


def _is_body_line(line: str) -> bool:
    words = line.split()
    return len(line) > 160 or (len(words) > 14 and line.rstrip().endswith((".", "?", "!", '"', "”")))


def _masthead(line: str) -> str | None:
    letters = [c for c in line if c.isalpha()]
    if letters and len(line) <= 60 and all(c.isupper() for c in letters):
        return line.title() if line.isupper() else line
    return None


def read_layout(text: str) -> _Layout:
    """Recover masthead, title, byline and date line from the head of a plain-text article."""
    lines = text.split("\n")
    title = author = sitename = None
    published = None
    body_start = 0
    seen = 0
    for number, raw_line in enumerate(lines):
        line = raw_line.strip()
        if not line:
            continue
        if seen >= 6 or _is_body_line(line) or line.endswith(".") and not BYLINE.match(line):
            break
        seen += 1
        body_start = number + 1
        byline = BYLINE.match(line)
        if byline and author is None:
            author = byline["author"].strip()
        elif published is None and (parsed := parse_date_line(line)):
            published = parsed
        elif title is None and sitename is None and (masthead := _masthead(line)):
            sitename = masthead
        elif title is None:
            title = line.rstrip(".")
        else:
            body_start = number  # an unexpected short line: it belongs to the body
            break
    body = "\n".join(lines[body_start:])
    if not body.strip() or not (title or author or published or sitename):
        return _Layout(text)  # a headline alone is the text, not a title over nothing
    return _Layout(body, title, author, sitename, published)


def _boilerplate_ranges(paragraphs: list[str], author: str | None) -> list[int]:
    """Indexes of trailing paragraphs that are syndication notes or the author's bio."""
    flagged = []
    for index in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 4), -1):
        paragraph = paragraphs[index]
        is_bio = bool(author) and re.match(rf"^{re.escape(author)}\s+(is|was|has been)\b", paragraph)
        if SYNDICATION_LINE.match(paragraph) or is_bio:
            flagged.append(index)
        else:
            break
    return sorted(flagged)


def normalize_document(
    raw: bytes,
    source: str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    max_bytes: int = 5_000_000,
    min_english_ratio: float | None = 0.04,
) -> NormalizedDocument:
    """Turn one input into a NormalizedDocument, or raise NormalizeError with the reason."""
    if not raw.strip():
        raise NormalizeError("empty input")
    if len(raw) > max_bytes:
        raise NormalizeError(f"too large: {len(raw):,} bytes (limit {max_bytes:,})")
    if _looks_binary(raw):
        raise NormalizeError("binary content, not text or HTML")
    kind = detect_kind(raw, source, content_type)
    declared = re.search(r"charset=([\w-]+)", content_type or "")
    decoded = decode(raw, declared.group(1) if declared else None)
    if kind == "html":
        layout = _extract_html(decoded, url)
    else:
        layout = read_layout(unicodedata.normalize("NFC", decoded.replace("\r\n", "\n")))
        if kind == "markdown" or "\\" in layout.text or "](" in layout.text:
            layout = _Layout(unescape_markdown(layout.text), layout.title, layout.author, layout.sitename,
                             layout.published)
    paragraphs = _paragraphs(html.unescape(layout.text), r"\n") if kind == "html" else _paragraphs(layout.text)
    if not paragraphs:
        raise NormalizeError("no article text")
    boilerplate_indexes = _boilerplate_ranges(paragraphs, layout.author)
    text = "\n\n".join(paragraphs)
    language, ratios, hits = likeliest_language(text)
    foreign = language != "English" and hits >= MIN_FOREIGN_WORDS
    if min_english_ratio is None:  # no language check: extraction benchmarks, explicit overrides
        pass
    elif foreign:
        raise NormalizeError(f"not English: looks like {language} ({ratios[language]:.0%} of its function words, "
                             f"{ratios['English']:.0%} of English's)")
    elif ratios["English"] < min_english_ratio:
        raise NormalizeError(f"not English: {ratios['English']:.0%} English function words (needs {min_english_ratio:.0%})")
    offsets, position = [], 0
    for paragraph in paragraphs:
        offsets.append((position, position + len(paragraph)))
        position += len(paragraph) + 2
    return NormalizedDocument(
        id=document_id(text),
        source=source,
        text=text,
        url=url,
        title=layout.title,
        author=layout.author,
        sitename=layout.sitename,
        published=layout.published,
        language="en",
        content_type=kind,
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        simhash=simhash(text),
        boilerplate=tuple(offsets[i] for i in boilerplate_indexes),
    )


def likeliest_language(text: str) -> tuple[str, dict[str, float], int]:
    """The language whose function words make up most of the text, each language's share, and
    how many of its function words the text has. A list-heavy English page (a recipe, a schedule)
    has few function words but still more English than any other language's. Acronyms are not
    words of any language: "UN" is not Spanish "un"."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text[:20000]) if not (w.isupper() and len(w) > 1)]
    hits = {language: sum(word in vocabulary for word in words) for language, vocabulary in FUNCTION_WORDS.items()}
    language = max(hits, key=hits.get)
    return language, {name: count / len(words) if words else 0.0 for name, count in hits.items()}, hits[language]


def _extract_html(markup: str, url: str | None) -> _Layout:
    import trafilatura  # imported here: it costs a second and plain-text runs never need it

    extracted = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
    )
    if extracted is None or not (extracted.text or "").strip():
        raise NormalizeError("no article text found in the HTML")
    published = parse_date_line(extracted.date) if extracted.date else None
    return _Layout(
        text=extracted.text,
        title=extracted.title,
        author=extracted.author,
        sitename=extracted.sitename,
        published=published,
    )
