"""Feeds and sitemaps: bytes of an RSS, Atom or JSON Feed, or a sitemap → the article URLs they list."""

from __future__ import annotations

import email.utils
import gzip
import io
import json
import re
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePath
from urllib.parse import urljoin, urlsplit

import feedparser
import lxml.html
from lxml import etree

GZIP_MAGIC = b"\x1f\x8b"
MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit, uncompressed: a gzip bomb stops here
JSON_FEED_VERSION = "https://jsonfeed.org/version/"
# The first element's name, after any BOM, XML declaration, comments and doctype.
ROOT_TAG = re.compile(rb"^(?:\xef\xbb\xbf)?(?:\s|<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)*<([\w:.-]+)", re.I | re.S)
FEED_ROOTS = {"rss", "feed", "rdf"}
SITEMAP_ROOTS = {"urlset", "sitemapindex"}
HTML_ROOTS = {"html", "head", "body"}
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


class FeedError(ValueError):
    """A feed or sitemap that cannot be read; the message is the reason recorded for it."""


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str | None
    published: date | None
    summary: str | None


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    lastmod: date | None


@dataclass(frozen=True)
class Sitemap:
    """A urlset lists pages; a sitemap index lists child sitemaps. Either list may be empty."""

    pages: list[SitemapEntry]
    sitemaps: list[str]


def parse_feed(content: bytes, base_url: str) -> list[FeedItem]:
    """The items of an RSS, Atom or JSON Feed that link somewhere, links made absolute."""
    if (document := _json_document(content)) is not None:
        return _parse_json_feed(document, base_url)
    parsed = feedparser.parse(content)
    if not parsed.entries and parsed.bozo:
        raise FeedError(f"malformed feed: {parsed.bozo_exception}")
    if not parsed.entries and not parsed.get("version"):
        raise FeedError("malformed feed: not RSS, Atom or JSON Feed")
    return [
        FeedItem(
            url=urljoin(base_url, entry.link.strip()),
            title=entry.get("title") or None,
            published=_parse_date(entry.get("published") or entry.get("updated")),
            summary=_plain_text(entry.get("summary")),
        )
        for entry in parsed.entries
        if entry.get("link", "").strip()
    ]


def _json_document(content: bytes) -> bytes | None:
    """The bytes of a JSON object, without BOM and leading blanks; None for anything else."""
    stripped = content.lstrip(b"\xef\xbb\xbf \t\r\n")
    return stripped if stripped.startswith(b"{") else None


def _parse_json_feed(content: bytes, base_url: str) -> list[FeedItem]:
    try:
        document = json.loads(content)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FeedError(f"malformed feed: invalid JSON ({error})") from None
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith(JSON_FEED_VERSION):
        raise FeedError("malformed feed: JSON without a jsonfeed.org version")
    items = document.get("items", [])
    if not isinstance(items, list):
        raise FeedError("malformed feed: JSON Feed items is not a list")
    return [
        FeedItem(
            url=urljoin(base_url, link),
            title=_string(item.get("title")),
            published=_parse_date(_string(item.get("date_published"))),
            summary=_string(item.get("summary")) or _string(item.get("content_text")),
        )
        for item in items
        if isinstance(item, dict) and (link := _string(item.get("url")) or _string(item.get("external_url")))
    ]


def _string(value: object) -> str | None:
    """A JSON member as text: stripped, and None unless it is a non-blank string."""
    return value.strip() or None if isinstance(value, str) else None


def _parse_date(value: str | None) -> date | None:
    """The date as the publisher wrote it, in its own offset, not UTC: a story filed at 23:30 in
    New York is that day's news. RFC 3339 (Atom, JSON Feed) or RFC 822 (RSS)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None


def _plain_text(markup: str | None) -> str | None:
    """RSS descriptions are usually HTML; the summary is the text a reader sees."""
    if not markup or not markup.strip():
        return None
    text = " ".join(lxml.html.fragment_fromstring(markup, create_parent="div").text_content().split())
    return text or None


def parse_sitemap(content: bytes, base_url: str) -> Sitemap:
    """A urlset's pages or a sitemap index's child sitemaps. External entities and DTDs are never
    loaded (no XXE, no billion laughs); gzip-compressed sitemaps are accepted."""
    if content.startswith(GZIP_MAGIC):
        content = _gunzip(content)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as error:
        raise FeedError(f"malformed sitemap: {error}") from None
    kind = etree.QName(root).localname
    if kind not in SITEMAP_ROOTS:
        raise FeedError(f"malformed sitemap: root element is <{kind}>, not <urlset> or <sitemapindex>")
    child = "url" if kind == "urlset" else "sitemap"
    entries = [
        SitemapEntry(urljoin(base_url, loc), _lastmod(_child_text(element, "lastmod")))
        for element in root.xpath(f"./*[local-name()='{child}']")
        if (loc := _child_text(element, "loc"))
    ]
    if kind == "urlset":
        return Sitemap(pages=entries, sitemaps=[])
    return Sitemap(pages=[], sitemaps=[entry.url for entry in entries])


def _gunzip(content: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(content)) as stream:
            inflated = stream.read(MAX_SITEMAP_BYTES + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise FeedError(f"malformed sitemap: bad gzip data ({error})") from None
    if len(inflated) > MAX_SITEMAP_BYTES:
        raise FeedError(f"malformed sitemap: more than {MAX_SITEMAP_BYTES:,} bytes uncompressed")
    return inflated


def _child_text(element: etree._Element, name: str) -> str | None:
    """Text of the first child with this local name, namespaced or not."""
    found = element.xpath(f"./*[local-name()='{name}']")
    text = (found[0].text or "").strip() if found else ""
    return text or None


def _lastmod(value: str | None) -> date | None:
    """W3C datetime: the date part as written ("2024-05-01" or "2024-05-01T10:00:00+02:00")."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def detect_source_kind(content: bytes, content_type: str | None, url: str) -> str:
    """"feed", "sitemap", "html" or "text". The bytes are believed before the Content-Type: many
    servers send feeds and sitemaps as text/xml, text/plain or even text/html."""
    root = _root_tag(content)
    if root in FEED_ROOTS:
        return "feed"
    if root in SITEMAP_ROOTS:
        return "sitemap"
    if root in HTML_ROOTS:
        return "html"
    if _is_json_feed(content):
        return "feed"
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type in FEED_TYPES:
        return "feed"
    if media_type in HTML_TYPES or PurePath(urlsplit(url).path).suffix.lower() in HTML_SUFFIXES:
        return "html"
    return "text"


def _root_tag(content: bytes) -> str | None:
    head = content[:4096]
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(content[:4096], 4096)
        except zlib.error:
            return None
    match = ROOT_TAG.match(head)
    return match.group(1).decode("ascii", "ignore").lower().rpartition(":")[2] if match else None


def _is_json_feed(content: bytes) -> bool:
    document = _json_document(content)
    if document is None:
        return False
    try:
        return str(json.loads(document).get("version", "")).startswith(JSON_FEED_VERSION)
    except (UnicodeDecodeError, json.JSONDecodeError, AttributeError):
        return False
