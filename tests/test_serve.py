"""`wirecode serve` end to end: a local Prefect server, a feed polled on its schedule, and a clean stop."""

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import duckdb
import httpx
import pytest

from flows.sources import Source, save_registry
from tests import web
from tests.paths import PROJECT
from tests.web import STORIES, NewsSite, running_site

pytestmark = pytest.mark.integration

LOADED_SECONDS = 150  # server start, then two polls of a 3 s schedule, with room to spare
STOP_SECONDS = 30


class GrowingFeed(NewsSite):
    """The news site, whose /rss.xml lists one more story each time it is read and sends no ETag,
    so every poll fetches it and finds exactly one new story."""

    reads = 0

    def do_GET(self):
        if self.path != "/rss.xml":
            return super().do_GET()
        GrowingFeed.reads += 1
        base = f"http://{self.headers['Host']}"
        items = "".join(f"<item><title>{STORIES[key][0]}</title><link>{base}/news/{key}.html</link></item>"
                        for key in list(STORIES)[:GrowingFeed.reads])
        body = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>{items}</channel></rss>"
        self.send(200, body.encode(), "application/rss+xml")


def processes_with(marker: str) -> list[int]:
    """Live processes whose environment holds the marker: serve and everything it started."""
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and marker.encode() in (entry / "environ").read_bytes():
                pids.append(int(entry.name))
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return pids


def documents_new(warehouse: Path) -> list[int]:
    """New documents of each run so far, oldest first; none while the file is missing or being written."""
    if not warehouse.exists():
        return []
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.IOException as error:
        if "lock" in str(error).lower():
            return []
        raise
    try:
        return [new for new, in con.execute("select documents_new from runs order by started_at").fetchall()]
    finally:
        con.close()


def wait_for(condition, seconds: float, what: str, process: subprocess.Popen, output: Path):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        assert process.poll() is None, f"serve exited with {process.returncode} before {what}:\n{output.read_text()}"
        time.sleep(0.5)
    pytest.fail(f"no {what} within {seconds} s:\n{output.read_text()}")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """Serve a registry of one feed, scheduled every 3 s, until two polls have each loaded a story;
    then SIGTERM serve. Gives the warehouse, serve's output and exit code, the API it started, and
    the processes it left running."""
    folder = tmp_path_factory.mktemp("serve")
    registry, warehouse, output = folder / "sources.toml", folder / "w.duckdb", folder / "serve.log"
    marker = f"wirecode-serve-test-{uuid.uuid4()}"
    env = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(folder / "prefect"), WIRECODE_PREFECT_HOME=str(folder / "prefect"),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", WIRECODE_RETRY_DELAY_SECONDS="0", WIRECODE_TEST_MARKER=marker)
    GrowingFeed.reads = 0
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(web, "NewsSite", GrowingFeed)  # the handler running_site serves
        with running_site() as site, open(output, "wb") as sink:
            save_registry(registry, [Source("wire", "feed", f"{site}/rss.xml", every="3s", delay=0)])
            process = subprocess.Popen(
                [sys.executable, "-m", "flows.cli", "serve", "--registry", str(registry), "--warehouse", str(warehouse)],
                cwd=PROJECT, env=env, stdin=subprocess.DEVNULL, stdout=sink, stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                wait_for(lambda: sum(new >= 1 for new in documents_new(warehouse)) >= 2, LOADED_SECONDS,
                         "two polls that loaded a story", process, output)
                api_url = re.search(r"Prefect API (\S+);", output.read_text())[1]
                process.send_signal(signal.SIGTERM)
                code = process.wait(timeout=STOP_SECONDS)
                yield warehouse, output.read_text(), code, api_url, processes_with(marker)
            finally:
                for pid in processes_with(marker):  # serve's group, and the server in a group of its own
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
                process.wait(timeout=STOP_SECONDS)


def test_serve_says_what_it_serves_and_on_which_schedule(served):
    _, output, *_ = served
    assert "  poll/wire  every 3s\n" in output


def test_each_scheduled_poll_loads_the_story_new_since_the_last_one(served):
    warehouse, *_ = served
    assert documents_new(warehouse)[:2] == [1, 1]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        titles = con.execute("select title from documents order by ingested_at").fetchall()
    finally:
        con.close()
    assert titles[:2] == [(STORIES["sanctions"][0],), (STORIES["talks"][0],)]


def test_sigterm_stops_serve_and_the_prefect_server_it_started(served):
    _, output, code, api_url, left_running = served
    assert code == 0, output
    assert left_running == []
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{api_url}/health", timeout=2)
