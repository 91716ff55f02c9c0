"""Fetch: HTTP that behaves on the real web: polite per host, bounded in time, size and redirects,
conditional (ETag / Last-Modified), and never reading images or archives as articles."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import courlan
import httpx

USER_AGENT = "wirecode/0.1 (+https://github.com/wirecode; news event coder)"
BINARY_TYPES = {"application/octet-stream", "application/pdf", "application/zip"}
BINARY_FAMILIES = {"image", "audio", "video"}


class FetchError(RuntimeError):
    """A URL that could not be fetched; the message is the reason recorded for it. A transient
    error (5xx, 429, a timeout, a refused connection) may pass on a retry; a 404 will not."""

    def __init__(self, reason: str, transient: bool = False):
        super().__init__(reason)
        self.transient = transient


@dataclass(frozen=True)
class FetchResult:
    url: str  # after redirects
    status: int
    content: bytes  # b"" when not_modified
    content_type: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool


def canonical_url(url: str) -> str:
    """The one spelling of a URL under which an article is fetched and remembered: lowercase scheme
    and host, no default port, no fragment, no tracking parameters (utm_*, fbclid, …), sorted query."""
    cleaned = courlan.clean_url(url)
    if cleaned is None:
        raise FetchError(f"not a valid URL: {url}")
    return urlunsplit(urlsplit(cleaned)._replace(fragment=""))


class Fetcher:
    """One HTTP client for a run, safe to share between threads. `timeout` bounds a whole fetch, not
    each read, so a server that trickles bytes cannot hold the run. One host gets one request at a
    time, and `politeness_seconds` pass between the end of one and the start of the next."""

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        max_bytes: int = 5_000_000,
        max_redirects: int = 5,
        user_agent: str = USER_AGENT,
        politeness_seconds: float = 1.0,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.politeness_seconds = politeness_seconds
        self._client = httpx.Client(
            headers={"User-Agent": user_agent},
            timeout=timeout,
            follow_redirects=True,
            max_redirects=max_redirects,
        )
        self._host_locks: dict[str, threading.Lock] = {}
        self._last_finished: dict[str, float] = {}  # host → time.monotonic() its last request ended
        self._lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET one URL; with the validators of an earlier fetch, an unchanged page comes back as
        not_modified with no content. Raises FetchError with the reason otherwise."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise FetchError(f"not an http(s) URL: {url}")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = parts.hostname
        with self._lock:
            host_lock = self._host_locks.setdefault(host, threading.Lock())
        with host_lock:
            wait = self._last_finished.get(host, float("-inf")) + self.politeness_seconds - time.monotonic()
            time.sleep(max(0.0, wait))
            try:
                return self._get(url, headers, etag, last_modified)
            finally:
                self._last_finished[host] = time.monotonic()

    def _get(self, url: str, headers: dict[str, str], etag: str | None, last_modified: str | None) -> FetchResult:
        deadline = time.monotonic() + self.timeout
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return self._result(response, b"", etag, last_modified)
                if not response.is_success:
                    status = response.status_code
                    raise FetchError(f"HTTP {status} {response.reason_phrase}".rstrip(), status >= 500 or status == 429)
                media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
                if media_type in BINARY_TYPES or media_type.partition("/")[0] in BINARY_FAMILIES:
                    raise FetchError(f"binary content ({media_type})")
                return self._result(response, self._read(response, deadline))
        except httpx.TimeoutException:
            raise FetchError(self._timed_out(), transient=True) from None
        except httpx.TooManyRedirects:
            raise FetchError(f"too many redirects (limit {self.max_redirects})") from None
        except httpx.InvalidURL:
            raise FetchError(f"not a valid URL: {url}") from None
        except httpx.HTTPError as error:
            raise FetchError(f"unreachable: {error or type(error).__name__}", transient=True) from None

    def _read(self, response: httpx.Response, deadline: float) -> bytes:
        """The body, stopped as soon as it passes max_bytes or the deadline."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(self._too_large())
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(self._too_large())
            if time.monotonic() > deadline:
                raise FetchError(self._timed_out(), transient=True)
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _result(
        response: httpx.Response, content: bytes, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """`etag` and `last_modified` are kept when the response has none: a 304 may omit them."""
        return FetchResult(
            url=str(response.url),
            status=response.status_code,
            content=content,
            content_type=response.headers.get("Content-Type"),
            etag=response.headers.get("ETag", etag),
            last_modified=response.headers.get("Last-Modified", last_modified),
            not_modified=response.status_code == 304,
        )

    def _too_large(self) -> str:
        return f"too large: more than {self.max_bytes:,} bytes"

    def _timed_out(self) -> str:
        return f"timed out after {float(self.timeout)} s"
