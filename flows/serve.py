"""`wirecode serve`: poll each scheduled source of the registry on its schedule, until stopped.

Each source with `every` or `cron` becomes one deployment of the `poll` flow, named after the
source, served from this process by `prefect.serve`. Schedules need a Prefect server: the ephemeral
API that `wirecode run` uses schedules nothing. With PREFECT_API_URL set, serve uses that server;
without it, serve starts one on 127.0.0.1 in its own process group, keeps its state in PREFECT_HOME,
and stops the group when serving ends (Ctrl-C or SIGTERM), so no server outlives it.

Two runs never write the warehouse at once. Each deployment has `concurrency_limit=1`, so a poll
that outlasts its interval makes the next one wait; and the runner runs one flow run at a time
(`serve(limit=1)`), so polls of different sources wait for each other too. The warehouse writer also
waits on DuckDB's file lock, which guards against any other process (a `wirecode run` by hand).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from config.settings import get_settings
from flows.sources import RegistryError, Source, load_registry

HOST = "127.0.0.1"
SERVER_START_SECONDS = 90.0
SERVER_STOP_SECONDS = 15.0


class ServeError(RuntimeError):
    """serve cannot start; the message says why and where to look."""


def serve(registry: Path, warehouse: Path) -> int:
    """Serve the registry's scheduled sources until interrupted; 2 when there is nothing to serve."""
    try:
        scheduled = [source for source in load_registry(registry) if source.every or source.cron]
    except RegistryError as error:
        print(f"wirecode: {error}", file=sys.stderr)
        return 2
    if not scheduled:
        print(f"wirecode: no scheduled source in {registry}: give a source every = \"30m\" or "
              f"cron = \"0 3 * * *\" to serve it", file=sys.stderr)
        return 2
    # Until Prefect's runner installs its own handler, SIGTERM unwinds through prefect_api, which stops the server.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        with prefect_api() as api_url:
            # Imported only now: Prefect reads PREFECT_API_URL when it is first imported.
            from prefect import serve as prefect_serve

            from flows.poll import poll

            parameters = {"warehouse": str(warehouse.resolve()), "registry": str(registry.resolve())}
            deployments = [
                poll.to_deployment(name=source.name, interval=source.interval, cron=source.cron,
                                   concurrency_limit=1, parameters={"sources": [source.name], **parameters})
                for source in scheduled
            ]
            print(f"wirecode serve: Prefect API {api_url}; Ctrl-C stops", flush=True)
            for source in scheduled:
                print(f"  poll/{source.name}  {schedule_of(source)}", flush=True)
            prefect_serve(*deployments, limit=1, print_starting_message=False)
    except ServeError as error:
        print(f"wirecode: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C before serving began; serving itself ends quietly on it
        return 130
    return 0


def schedule_of(source: Source) -> str:
    return f"every {source.every}" if source.every else f"cron {source.cron} (UTC)"


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


@contextmanager
def prefect_api() -> Iterator[str]:
    """The API URL to serve against: PREFECT_API_URL if set, else a local server's, stopped on exit."""
    if os.environ.get("PREFECT_API_URL"):
        yield os.environ["PREFECT_API_URL"]
        return
    home = Path(os.environ.get("PREFECT_HOME") or get_settings().prefect_home)
    home.mkdir(parents=True, exist_ok=True)
    log = home / "server.log"
    port = free_port()
    url = f"http://{HOST}:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_SERVER_UI_ENABLED": "false"}
    with open(log, "ab") as output:
        server = subprocess.Popen(
            [str(Path(sys.executable).with_name("prefect")), "server", "start", "--host", HOST, "--port", str(port)],
            env=env, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: a terminal's Ctrl-C reaches us, not it
        )
    try:
        wait_healthy(url, server, log)
        os.environ["PREFECT_API_URL"] = url  # for Prefect in this process and the flow runs it starts
        yield url
    finally:
        stop(server)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_healthy(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise ServeError(f"the Prefect server exited with code {server.returncode}; see {log}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise ServeError(f"the Prefect server did not answer {url}/health within {SERVER_START_SECONDS:.0f} s; see {log}")


def stop(server: subprocess.Popen) -> None:
    """SIGTERM the server's process group; after a grace period, SIGKILL whatever of it is left."""
    _signal_group(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=SERVER_STOP_SECONDS)
    except subprocess.TimeoutExpired:
        pass
    _signal_group(server.pid, signal.SIGKILL)  # the server, if stuck, and any child that outlived it
    server.wait()


def _signal_group(pgid: int, signum: int) -> None:
    try:
        os.killpg(pgid, signum)
    except ProcessLookupError:  # the group is already gone
        pass
