"""Ingest: where inputs come from: files, folders and URLs, read into raw bytes."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from config.settings import get_settings

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ""}
USER_AGENT = "wirecode/0.1 (+https://github.com/wirecode; news event coder)"


class FetchError(RuntimeError):
    """An input that could not be read; the message is the reason recorded for it."""


@dataclass(frozen=True)
class RawInput:
    source: str
    content: bytes
    url: str | None = None
    content_type: str | None = None


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


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


def read_input(source: str, timeout: float = 20.0) -> RawInput:
    settings = get_settings()
    if is_url(source):
        request = urllib.request.Request(source, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                content = response.read(settings.max_document_bytes + 1)
                return RawInput(source, content, response.geturl(), response.headers.get("Content-Type"))
        except urllib.error.HTTPError as error:
            raise FetchError(f"HTTP {error.code} {error.reason}") from None
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            raise FetchError(f"unreachable: {getattr(error, 'reason', error)}") from None
    path = Path(source)
    try:
        if path.stat().st_size > settings.max_document_bytes:
            raise FetchError(f"too large: {path.stat().st_size:,} bytes (limit {settings.max_document_bytes:,})")
        return RawInput(source, path.read_bytes())
    except FileNotFoundError:
        raise FetchError("no such file") from None
    except IsADirectoryError:
        raise FetchError("is a directory") from None
    except PermissionError:
        raise FetchError("permission denied") from None
