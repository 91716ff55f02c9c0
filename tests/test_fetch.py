import socket
import threading
import time
from http.server import ThreadingHTTPServer

import pytest

from flows.fetch import FetchError, Fetcher, canonical_url
from tests.web import QuietHandler

ARTICLE = b"<html><head><title>Talks resume</title></head><body><p>The talks resumed on Monday.</p></body></html>"
ETAG = '"v1"'
LAST_MODIFIED = "Wed, 01 May 2024 10:00:00 GMT"
STREAMED_TOTAL = 64 * 1024 * 1024


class Site(QuietHandler):
    """A small web with the failures real sites have. Every request is recorded on the server."""

    def do_GET(self):
        self.server.requests.append((self.path, dict(self.headers), time.monotonic()))
        route = getattr(self, "route_" + self.path.strip("/").split("?")[0].replace("-", "_"), None)
        if route is None:
            self.send_error(404)
        else:
            route()

    def respond(self, body, content_type="text/html; charset=utf-8", **headers):
        self.send(200, body, content_type, **headers)

    def route_article(self):
        if self.headers.get("If-None-Match") == ETAG:
            self.send_response(304)
            self.send_header("ETag", ETAG)
            self.end_headers()
        else:
            self.respond(ARTICLE, ETag=ETAG, Last_Modified=LAST_MODIFIED)

    def route_old(self):
        self.send_response(301)
        self.send_header("Location", "/article")
        self.end_headers()

    def route_loop(self):
        self.send_response(302)
        self.send_header("Location", "/loop")
        self.end_headers()

    def route_unavailable(self):
        self.send_error(503)

    def route_image(self):
        self.respond(b"\x89PNG\r\n\x1a\n" + bytes(100), content_type="image/png")

    def route_big_declared(self):
        self.respond(b"a" * 5000, content_type="text/plain")

    def route_big_streamed(self):
        """No Content-Length: the size is only known by reading. Stops when the client hangs up."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        chunk = b"a" * 65536
        try:
            while self.server.streamed < STREAMED_TOTAL:
                self.wfile.write(chunk)
                self.server.streamed += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.server.stream_ended.set()

    def route_slow(self):
        if not self.server.stopping.wait(5):
            self.respond(ARTICLE)

    def route_trickle(self):
        """A byte every 0.1 s: each read is quick, the whole page takes 3 s."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        for _ in range(30):
            if self.server.stopping.wait(0.1):
                return
            try:
                self.wfile.write(b"a")
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return

    def route_headers(self):
        self.respond(b"ok", content_type="text/plain")


@pytest.fixture
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.requests, server.streamed = [], 0
    server.stopping, server.stream_ended = threading.Event(), threading.Event()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.stopping.set()
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def url(server, path):
    return f"http://127.0.0.1:{server.server_address[1]}{path}"


@pytest.fixture
def fetcher():
    with Fetcher(timeout=0.5, max_bytes=1000, max_redirects=5, user_agent="wirecode-test/1.0",
                 politeness_seconds=0) as client:
        yield client


def reason(fetcher, address):
    with pytest.raises(FetchError) as error:
        fetcher.fetch(address)
    return str(error.value)


def test_an_article_comes_back_with_its_bytes_type_and_validators(site, fetcher):
    result = fetcher.fetch(url(site, "/article"))
    assert result.url == url(site, "/article")
    assert result.status == 200
    assert result.content == ARTICLE
    assert result.content_type == "text/html; charset=utf-8"
    assert result.etag == ETAG
    assert result.last_modified == LAST_MODIFIED
    assert result.not_modified is False


def test_an_unchanged_article_fetched_with_its_validators_is_not_modified_and_empty(site, fetcher):
    result = fetcher.fetch(url(site, "/article"), etag=ETAG, last_modified=LAST_MODIFIED)
    assert (result.status, result.content, result.not_modified) == (304, b"", True)
    assert (result.etag, result.last_modified) == (ETAG, LAST_MODIFIED)
    sent = site.requests[-1][1]
    assert (sent["If-None-Match"], sent["If-Modified-Since"]) == (ETAG, LAST_MODIFIED)


def test_a_redirect_is_followed_and_the_final_url_kept(site, fetcher):
    result = fetcher.fetch(url(site, "/old"))
    assert result.url == url(site, "/article")
    assert result.content == ARTICLE


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/unavailable", "HTTP 503 Service Unavailable"),
        ("/image", "binary content (image/png)"),
        ("/big-declared", "too large: more than 1,000 bytes"),
        ("/slow", "timed out after 0.5 s"),
    ],
)
def test_a_page_that_cannot_be_an_article_is_refused_with_the_reason(site, fetcher, path, expected):
    assert reason(fetcher, url(site, path)) == expected


def test_a_redirect_loop_stops_at_the_limit(site, fetcher):
    assert reason(fetcher, url(site, "/loop")) == "too many redirects (limit 5)"
    assert len(site.requests) == 6  # the first request and five redirects


def test_a_server_that_trickles_bytes_times_out_on_the_whole_fetch_not_each_read(site, fetcher):
    started = time.monotonic()
    assert reason(fetcher, url(site, "/trickle")) == "timed out after 0.5 s"
    assert time.monotonic() - started < 1.5


def test_a_body_without_a_length_is_cut_off_as_soon_as_it_is_too_large(site, fetcher):
    assert reason(fetcher, url(site, "/big-streamed")) == "too large: more than 1,000 bytes"
    assert site.stream_ended.wait(5)
    assert site.streamed < STREAMED_TOTAL


def test_a_non_http_url_is_refused_without_a_request(fetcher):
    assert reason(fetcher, "ftp://example.org/story.txt") == "not an http(s) URL: ftp://example.org/story.txt"


def test_a_host_that_refuses_connections_is_unreachable(fetcher):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # free once the probe closes: nothing listens there
    assert reason(fetcher, f"http://127.0.0.1:{port}/").startswith("unreachable: ")


def test_the_user_agent_is_sent(site, fetcher):
    fetcher.fetch(url(site, "/headers"))
    assert site.requests[-1][1]["User-Agent"] == "wirecode-test/1.0"


def test_two_requests_to_one_host_are_at_least_the_politeness_delay_apart(site):
    with Fetcher(timeout=2.0, max_bytes=1000, max_redirects=5, user_agent="wirecode-test/1.0",
                 politeness_seconds=0.3) as polite:
        polite.fetch(url(site, "/headers?n=1"))
        polite.fetch(url(site, "/headers?n=2"))
    first, second = (arrived for _, _, arrived in site.requests)
    assert second - first >= 0.3


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("HTTPS://Example.COM/World/Story.html#comments", "https://example.com/World/Story.html"),
        ("https://example.org/story?utm_source=rss&utm_medium=feed&id=42", "https://example.org/story?id=42"),
        ("https://example.org/story?page=2&fbclid=abc&gclid=xyz&id=42", "https://example.org/story?id=42&page=2"),
        ("http://www.example.org:80/a//b/", "http://www.example.org/a/b/"),
        ("https://example.org:443/", "https://example.org"),
    ],
)
def test_the_canonical_url_is_one_spelling_of_an_article(raw, expected):
    assert canonical_url(raw) == expected


def test_a_garbled_url_has_no_canonical_form():
    with pytest.raises(FetchError, match=r"not a valid URL: http://\[::1"):
        canonical_url("http://[::1")
