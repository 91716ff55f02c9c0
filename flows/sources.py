"""Ingest: the source registry (config/sources.toml) and what each source lists to read.

Files and folders are read from disk; URLs, feeds and sitemaps through the Fetcher, so every
request is polite, bounded and conditional.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from config.settings import PROJECT_DIR
from flows.fetch import FetchError, Fetcher, canonical_url
from transforms.feeds import FeedError, detect_source_kind, parse_feed, parse_sitemap

KINDS = ("file", "folder", "url", "feed", "sitemap")
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ""}
INTERVAL = re.compile(r"^(\d+)\s*([smhd])$")
INTERVAL_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
MAX_CHILD_SITEMAPS = 20


class RegistryError(ValueError):
    """A malformed source registry or source; the message says which and why."""


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    location: str
    every: str | None = None  # "30m"
    cron: str | None = None  # "0 3 * * *"
    limit: int | None = None
    delay: float | None = None
    language: str | None = None

    @property
    def interval(self) -> timedelta | None:
        return parse_interval(self.every) if self.every else None


@dataclass(frozen=True)
class Item:
    """One thing to read: a path or a canonical URL, with what the feed said of it."""

    source: str
    location: str
    title: str | None = None
    published: date | None = None


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def parse_interval(text: str) -> timedelta:
    match = INTERVAL.match(text.strip())
    if not match:
        raise RegistryError(f"bad interval {text!r}: use a number and s, m, h or d, like 30m")
    return timedelta(**{INTERVAL_UNITS[match[2]]: int(match[1])})


def load_registry(path: Path) -> list[Source]:
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise RegistryError(f"{path}: {error}") from None
    known = {f.name for f in fields(Source)}
    sources = []
    for number, entry in enumerate(data.get("sources", []), start=1):
        unknown = set(entry) - known
        if unknown or not {"name", "kind", "location"} <= set(entry):
            raise RegistryError(f"{path}: source {number} needs name, kind, location; unknown keys {sorted(unknown)}")
        source = Source(**entry)
        validate(source)
        sources.append(source)
    return sources


def validate(source: Source) -> None:
    if source.kind not in KINDS:
        raise RegistryError(f"source {source.name!r}: kind must be one of {', '.join(KINDS)}")
    if source.every and source.cron:
        raise RegistryError(f"source {source.name!r}: give every or cron, not both")
    if source.every:
        parse_interval(source.every)
    if source.language not in (None, "en"):
        # Items in other languages are refused one by one anyway; a source set to one is a mistake.
        raise RegistryError(f"source {source.name!r}: wirecode codes English only (language = \"en\")")


def save_registry(path: Path, sources: list[Source]) -> None:
    """Write the registry back, keeping the explanatory header a user may have read."""
    header = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")] if path.exists() else []
    blocks = []
    for source in sources:
        lines = ["[[sources]]"]
        for key, value in asdict(source).items():
            if value is not None:
                lines.append(f"{key} = {_toml_value(value)}")
        blocks.append("\n".join(lines))
    path.write_text("\n".join(header) + ("\n\n" if header else "") + "\n\n".join(blocks) + "\n", encoding="utf-8")


def _toml_value(value: object) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


def source_name(location: str, taken: set[str]) -> str:
    """A short unique name: the host and last path word of a URL, or the file or folder name."""
    if is_url(location):
        parts = urlsplit(location)
        stem = PurePosixPath(parts.path).stem
        base = parts.hostname.removeprefix("www.") + (f"-{stem}" if stem else "")
    else:
        base = Path(location).resolve().name
    base = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-") or "source"
    name, number = base, 2
    while name in taken:
        name, number = f"{base}-{number}", number + 1
    return name


def guess_kind(location: str, fetcher: Fetcher) -> str:
    """file or folder on disk; for a URL, what its content is: feed, sitemap or an article url."""
    if not is_url(location):
        path = Path(location)
        if path.is_dir():
            return "folder"
        if path.is_file():
            return "file"
        raise RegistryError(f"{location}: no such file or folder, and not an http(s) URL")
    try:
        result = fetcher.fetch(location)
    except FetchError as error:
        raise RegistryError(f"{location}: {error}") from None
    kind = detect_source_kind(result.content, result.content_type, result.url)
    return kind if kind in ("feed", "sitemap") else "url"


def discover(inputs: list[str]) -> list[str]:
    """Expand folders into their article files (sorted, hidden files skipped); keep URLs and files."""
    found: list[str] = []
    for item in inputs:
        if is_url(item):
            found.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            found += [
                str(p) for p in sorted(path.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.suffix.lower() in TEXT_SUFFIXES
            ]
        else:
            found.append(str(path))
    return list(dict.fromkeys(found))


def list_items(source: Source, fetcher: Fetcher, max_items: int, validators: tuple[str | None, str | None] = (None, None)):
    """What a source lists now, and the feed's new validators. A feed or sitemap that has not
    changed since (ETag / Last-Modified) lists nothing. Raises FetchError or FeedError."""
    limit = min(source.limit or max_items, max_items)
    if source.kind in ("file", "folder"):
        location = source.location if Path(source.location).is_absolute() else str(PROJECT_DIR / source.location)
        return [Item(source.name, path) for path in discover([location])][:limit], (None, None)
    if source.kind == "url":
        return [Item(source.name, canonical_url(source.location))], (None, None)
    result = fetcher.fetch(source.location, *validators)
    if result.not_modified:
        return [], (result.etag, result.last_modified)
    if source.kind == "feed":
        items = [Item(source.name, canonical_url(i.url), i.title, i.published)
                 for i in parse_feed(result.content, result.url)]
    else:
        items = _sitemap_items(source, fetcher, result.content, result.url)
    unique = list({item.location: item for item in reversed(items)}.values())[::-1]
    return unique[:limit], (result.etag, result.last_modified)


def _sitemap_items(source: Source, fetcher: Fetcher, content: bytes, url: str) -> list[Item]:
    sitemap = parse_sitemap(content, url)
    items = [Item(source.name, canonical_url(page.url), None, page.lastmod) for page in sitemap.pages]
    for child in sitemap.sitemaps[:MAX_CHILD_SITEMAPS]:  # one level of sitemap index
        try:
            child_result = fetcher.fetch(child)
            items += [Item(source.name, canonical_url(p.url), None, p.lastmod)
                      for p in parse_sitemap(child_result.content, child_result.url).pages]
        except (FetchError, FeedError):
            continue  # a broken child sitemap does not hide its siblings
    return items
