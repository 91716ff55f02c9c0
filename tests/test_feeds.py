import gzip
import json
from datetime import date

import pytest

from transforms.feeds import FeedError, FeedItem, Sitemap, SitemapEntry, detect_source_kind, parse_feed, parse_sitemap

BASE = "https://news.example.org/world/feed.xml"

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example News: World</title>
  <item>
    <title>Talks resume in Geneva &amp; Vienna</title>
    <link>https://news.example.org/world/talks-resume</link>
    <pubDate>Wed, 01 May 2024 23:30:00 -0500</pubDate>
    <description>&lt;p&gt;The foreign ministers &lt;b&gt;met&lt;/b&gt; again.&lt;/p&gt;</description>
  </item>
  <item><title>Relative link</title><link>/world/relative-story</link></item>
  <item><title>A podcast episode with no link</title></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
  <entry>
    <title>Ceasefire holds</title>
    <link rel="alternate" href="stories/ceasefire-holds"/>
    <published>2024-05-02T08:00:00+02:00</published>
    <summary>Both sides reported no shelling overnight.</summary>
  </entry>
</feed>"""


def json_feed(items):
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Example", "items": items}).encode()


def test_rss_items_carry_their_link_title_local_date_and_plain_summary():
    assert parse_feed(RSS, BASE) == [
        FeedItem(
            url="https://news.example.org/world/talks-resume",
            title="Talks resume in Geneva & Vienna",
            published=date(2024, 5, 1),  # the publisher's own day, not UTC's 2 May
            summary="The foreign ministers met again.",
        ),
        FeedItem(url="https://news.example.org/world/relative-story", title="Relative link", published=None,
                 summary=None),
    ]


def test_atom_links_are_resolved_against_the_feed_url():
    assert parse_feed(ATOM, BASE) == [
        FeedItem(
            url="https://news.example.org/world/stories/ceasefire-holds",
            title="Ceasefire holds",
            published=date(2024, 5, 2),
            summary="Both sides reported no shelling overnight.",
        )
    ]


def test_json_feed_items_use_url_or_external_url_and_summary_or_content_text_and_ignore_odd_values():
    content = json_feed([
        {"id": "1", "url": "/world/a", "title": "A", "date_published": "2024-05-03T10:00:00Z", "summary": "First."},
        {"id": "2", "external_url": "https://wire.example.com/b", "content_text": "Second."},
        {"id": "3", "content_html": "<p>No link at all.</p>"},
        {"id": "4", "url": 42},
        {"id": "5", "url": "/world/c", "title": {"text": "C"}, "date_published": 20240503, "summary": "  "},
        "not an item",
    ])
    assert parse_feed(content, BASE) == [
        FeedItem(url="https://news.example.org/world/a", title="A", published=date(2024, 5, 3), summary="First."),
        FeedItem(url="https://wire.example.com/b", title=None, published=None, summary="Second."),
        FeedItem(url="https://news.example.org/world/c", title=None, published=None, summary=None),
    ]


def test_a_well_formed_feed_without_items_is_empty():
    assert parse_feed(b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>', BASE) == []
    assert parse_feed(json_feed([]), BASE) == []


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"<rss version='2.0'><channel><title>Cut off", "malformed feed: "),
        (b"<html><body><p>Not a feed.</p></body></html>", "malformed feed: not RSS, Atom or JSON Feed"),
        (b"", "malformed feed: not RSS, Atom or JSON Feed"),
        (b'{"items": [', "malformed feed: invalid JSON"),
        (b'{"version": "1.0", "items": []}', "malformed feed: JSON without a jsonfeed.org version"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": {}}',
         "malformed feed: JSON Feed items is not a list"),
    ],
)
def test_a_document_that_is_not_a_feed_is_refused_with_a_reason(content, reason):
    with pytest.raises(FeedError) as error:
        parse_feed(content, BASE)
    assert str(error.value).startswith(reason)


URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://news.example.org/world/talks?id=7&amp;page=2</loc><lastmod>2024-05-01T23:30:00-05:00</lastmod></url>
  <url><loc> /world/ceasefire </loc><lastmod>2024-05-02</lastmod></url>
  <url><loc>https://news.example.org/world/undated</loc><lastmod>sometime</lastmod></url>
  <url><lastmod>2024-05-02</lastmod></url>
</urlset>"""
PAGES = [
    SitemapEntry("https://news.example.org/world/talks?id=7&page=2", date(2024, 5, 1)),
    SitemapEntry("https://news.example.org/world/ceasefire", date(2024, 5, 2)),
    SitemapEntry("https://news.example.org/world/undated", None),
]


def test_a_urlset_lists_its_pages_with_their_dates():
    assert parse_sitemap(URLSET, BASE) == Sitemap(pages=PAGES, sitemaps=[])


def test_a_sitemap_without_a_namespace_reads_the_same():
    plain = URLSET.replace(b' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"', b"")
    assert parse_sitemap(plain, BASE) == Sitemap(pages=PAGES, sitemaps=[])


def test_a_gzipped_sitemap_reads_the_same():
    assert parse_sitemap(gzip.compress(URLSET), BASE) == Sitemap(pages=PAGES, sitemaps=[])


def test_a_sitemap_index_lists_its_child_sitemaps():
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://news.example.org/sitemap-2024-05.xml.gz</loc><lastmod>2024-05-31</lastmod></sitemap>
      <sitemap><loc>sitemap-2024-04.xml</loc></sitemap>
    </sitemapindex>"""
    assert parse_sitemap(index, BASE) == Sitemap(
        pages=[],
        sitemaps=[
            "https://news.example.org/sitemap-2024-05.xml.gz",
            "https://news.example.org/world/sitemap-2024-04.xml",
        ],
    )


def test_external_entities_are_never_loaded():
    hostile = b"""<?xml version="1.0"?>
    <!DOCTYPE urlset [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
    <urlset><url><loc>https://evil.example/&secret;</loc></url></urlset>"""
    assert parse_sitemap(hostile, BASE) == Sitemap(pages=[SitemapEntry("https://evil.example/", None)], sitemaps=[])


def test_nested_entities_are_not_expanded():
    laughs = b"""<?xml version="1.0"?>
    <!DOCTYPE urlset [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
    <urlset><url><loc>https://evil.example/&lol2;</loc></url></urlset>"""
    assert parse_sitemap(laughs, BASE).pages == [SitemapEntry("https://evil.example/", None)]


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"<urlset><url><loc>https://x.example/</loc>", "malformed sitemap: Premature end of data"),
        (b"<html><body>Not a sitemap</body></html>",
         "malformed sitemap: root element is <html>, not <urlset> or <sitemapindex>"),
        (b"\x1f\x8b\x08\x00broken", "malformed sitemap: bad gzip data"),
    ],
)
def test_a_broken_sitemap_is_refused_with_a_reason(content, reason):
    with pytest.raises(FeedError) as error:
        parse_sitemap(content, BASE)
    assert str(error.value).startswith(reason)


@pytest.mark.parametrize(
    "content, content_type, url, kind",
    [
        (RSS, "text/xml", BASE, "feed"),
        (ATOM, None, "https://x.example/atom", "feed"),
        (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', None, BASE,
         "feed"),
        (json_feed([]), "application/json", "https://x.example/feed.json", "feed"),
        (b"<!-- broken --> <channel>", "application/rss+xml", BASE, "feed"),
        (URLSET, "text/plain", "https://x.example/sitemap.xml", "sitemap"),
        (gzip.compress(URLSET), "application/gzip", "https://x.example/sitemap.xml.gz", "sitemap"),
        (b"<sitemapindex/>", None, "https://x.example/s", "sitemap"),
        (b"<!DOCTYPE html>\n<html><body>Story</body></html>", "text/html", "https://x.example/a", "html"),
        (b"Story text that happens to be served as HTML.", "text/html; charset=utf-8", "https://x.example/a", "html"),
        (b"<p>A fragment.</p>", None, "https://x.example/story.html", "html"),
        (b'{"version": 1, "items": []}', "application/json", "https://x.example/api", "text"),
        (b"Plain words.", "text/plain", "https://x.example/story.txt", "text"),
    ],
)
def test_the_source_kind_is_read_from_the_bytes_then_the_content_type_then_the_url(content, content_type, url, kind):
    assert detect_source_kind(content, content_type, url) == kind
