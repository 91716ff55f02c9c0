"""A small news site on 127.0.0.1 for the tests: articles, an RSS feed, an Atom feed, a sitemap,
a syndicated copy of one story, and pages that fail in each way the web fails."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORIES = {
    "sanctions": ("Russia imposes sanctions on Ukraine",
                  "Russia imposed sanctions on Ukraine on Monday, the Kremlin said. The measures target "
                  "imports of steel and grain, and officials in Kiev called them a blow to trade."),
    "talks": ("China and Japan hold talks",
              "China held talks with Japan on Tuesday in Beijing about the disputed islands. Both "
              "sides said the meeting was useful and that the talks would continue next month."),
    "summit": ("Putin meets Park",
               "Russian President Vladimir Putin met with South Korean President Park Geun-hye on "
               "Wednesday in Moscow. The two leaders discussed trade, energy and the railway link."),
    "aid": ("Japan sends aid",
            "Japan provided aid to the Philippines after the storm, the foreign ministry said on "
            "Thursday. The help includes food, tents and medicine for the people of the islands."),
}
WORDS = (
    "the of and to in that for with on as by at from the a an it was is were be this which their "
    "market harbor winter council river bridge farmers prices rail school weather museum village "
    "festival hospital harvest factory coast mountain orchestra library stadium election ferry"
).split()


def background(key: str, sentences: int = 12) -> str:
    """Plain English-looking sentences that differ from story to story, so stories are long
    enough for SimHash to tell copies from strangers."""
    import random

    rng = random.Random(key)
    return " ".join(
        " ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "." for _ in range(sentences)
    )


def page(title: str, body: str, site: str = "Example Wire") -> bytes:
    paragraphs = "".join(f"<p>{part}.</p>" for part in f"{body} {background(title)}".split(". ") if part)
    return (
        f"<html><head><title>{title}</title><meta property='og:site_name' content='{site}'>"
        f"<meta property='article:published_time' content='2015-03-24'></head><body><nav>Home | World</nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that logs nothing and answers in one call."""

    def log_message(self, *args):
        pass

    def send(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)


class NewsSite(QuietHandler):
    requests: list[str] = []

    def do_GET(self):
        NewsSite.requests.append(self.path)
        base = f"http://{self.headers['Host']}"
        if self.path.startswith("/news/"):
            key = self.path.rsplit("/", 1)[-1].removesuffix(".html")
            if key in STORIES:
                return self.send(200, page(*STORIES[key]), "text/html; charset=utf-8")
        if self.path == "/copy/talks.html":  # the same story syndicated by another outlet
            title, body = STORIES["talks"]
            return self.send(200, page(title, "(Reuters) " + body, site="Other Times"), "text/html; charset=utf-8")
        if self.path == "/rss.xml":
            return self._validated(self._rss(base), "application/rss+xml", '"rss-1"')
        if self.path == "/atom.xml":
            return self._validated(self._atom(base), "application/atom+xml", '"atom-1"')
        if self.path == "/sitemap.xml":
            return self._validated(self._sitemap(base), "application/xml", '"map-1"')
        if self.path == "/broken.xml":
            return self.send(200, b"<html><body>Moved to our new site</body></html>", "application/rss+xml")
        if self.path == "/error":
            return self.send(503, b"down", "text/plain")
        if self.path == "/image.png":
            return self.send(200, b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
        if self.path == "/slow":
            time.sleep(2)
            return self.send(200, b"late", "text/plain")
        return self.send(404, b"not found", "text/plain")

    def _validated(self, body: bytes, content_type: str, etag: str) -> None:
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send(200, body, content_type, ETag=etag)

    @staticmethod
    def _rss(base: str) -> bytes:
        items = "".join(
            f"<item><title>{title}</title><link>{base}{path}</link><pubDate>Tue, 24 Mar 2015 10:00:00 GMT</pubDate></item>"
            for title, path in [("Sanctions", "/news/sanctions.html"), ("Talks", "/news/talks.html"),
                                ("Talks (syndicated)", "/copy/talks.html?utm_source=rss"), ("Gone", "/news/missing.html"),
                                ("Down", "/error"), ("Picture", "/image.png")]
        )
        return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>{items}</channel></rss>".encode()

    @staticmethod
    def _atom(base: str) -> bytes:
        return (
            "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Wire</title>"
            f"<entry><title>Summit</title><link href='{base}/news/summit.html'/><updated>2015-03-24T10:00:00Z</updated></entry>"
            f"<entry><title>Sanctions again</title><link href='{base}/news/sanctions.html'/><updated>2015-03-24T10:00:00Z</updated></entry>"
            "</feed>"
        ).encode()

    @staticmethod
    def _sitemap(base: str) -> bytes:
        return (
            "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            f"<url><loc>{base}/news/aid.html</loc><lastmod>2015-03-24</lastmod></url>"
            f"<url><loc>{base}/news/talks.html</loc></url></urlset>"
        ).encode()


class running_site:
    """`with running_site() as base:` serves NewsSite on a free port until the block ends."""

    def __enter__(self) -> str:
        NewsSite.requests = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), NewsSite)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __exit__(self, *exc_info) -> None:
        self.server.shutdown()
        self.server.server_close()
