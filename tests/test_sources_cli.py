"""Managing sources and dictionaries from the command line."""

import pytest

from config.settings import get_settings
from flows.cli import main
from flows.sources import Source, load_registry, parse_interval
from tests.web import running_site


@pytest.fixture
def registry(tmp_path, monkeypatch):
    path = tmp_path / "sources.toml"
    path.write_text("# my sources\n")
    monkeypatch.setattr(get_settings(), "sources_file", path)
    return path


@pytest.fixture(scope="module")
def site():
    with running_site() as base:
        yield base


def test_add_detects_each_kind_and_names_the_source(registry, site, tmp_path, capsys):
    (tmp_path / "inbox").mkdir()
    assert main(["add", f"{site}/rss.xml", "--every", "30m", "--delay", "0"]) == 0
    assert main(["add", f"{site}/sitemap.xml", "--cron", "0 3 * * *"]) == 0
    assert main(["add", f"{site}/news/talks.html"]) == 0
    assert main(["add", str(tmp_path / "inbox"), "--name", "inbox"]) == 0
    assert [(s.name, s.kind, s.every, s.cron, s.delay) for s in load_registry(registry)] == [
        ("127-0-0-1-rss", "feed", "30m", None, 0.0),
        ("127-0-0-1-sitemap", "sitemap", None, "0 3 * * *", None),
        ("127-0-0-1-talks", "url", None, None, None),
        ("inbox", "folder", None, None, None),
    ]
    assert registry.read_text().startswith("# my sources\n")
    assert "added 127-0-0-1-rss (feed, every 30m)" in capsys.readouterr().out


def test_add_refuses_what_it_cannot_use(registry, site, capsys):
    assert main(["add", f"{site}/missing"]) == 2
    assert "HTTP 404 Not Found" in capsys.readouterr().err
    assert main(["add", f"{site}/rss.xml", "--every", "soon"]) == 2
    assert "bad interval 'soon'" in capsys.readouterr().err
    assert main(["add", f"{site}/rss.xml", "--language", "de"]) == 2
    assert "codes English only" in capsys.readouterr().err
    assert load_registry(registry) == []


def test_sources_lists_the_registry_and_remove_drops_one(registry, tmp_path, capsys):
    registry.write_text('[[sources]]\nname = "a"\nkind = "folder"\nlocation = "seeds"\nevery = "1h"\n')
    assert main(["sources", "--warehouse", str(tmp_path / "none.duckdb")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["name", "kind", "schedule", "last", "poll", "status", "seen", "new", "failed", "location"]
    assert lines[1].split() == ["a", "folder", "1h", "-", "never", "0", "0", "0", "seeds"]
    assert main(["remove", "a"]) == 0
    assert load_registry(registry) == []
    assert main(["remove", "a"]) == 2


def test_intervals_read_as_durations():
    assert parse_interval("30m").total_seconds() == 1800
    assert parse_interval("2h").total_seconds() == 7200
    assert Source("x", "feed", "http://e.org/rss", every="5s").interval.total_seconds() == 5


PETRARCH = """\
# a PETRARCH actor dictionary
VLADIMIR_PUTIN_
+PUTIN_
+VLADIMIR_VLADIMIROVICH_PUTIN_
[RUSGOV 000507-080507]
[RUSGOV >120507]
BORIS_YELTSIN_ [RUSGOV 910710-991231]  # one line
JANE_ROE_ [XXXGOV]
"""


def test_actors_import_reads_petrarch_dictionaries_with_dates(tmp_path, monkeypatch, capsys):
    import shutil

    folder = tmp_path / "config"
    shutil.copytree(get_settings().dictionaries / "actors", folder / "actors")
    monkeypatch.setattr(get_settings(), "dictionaries", folder)
    source = tmp_path / "Phoenix.Actors.txt"
    source.write_text(PETRARCH)
    assert main(["actors", "import", str(source)]) == 0
    written = (folder / "actors" / "people-phoenix-actors.tsv").read_text().splitlines()
    assert written == [
        "name\taliases\tcountry\tsector\trole\tstart\tend",
        "Vladimir Putin\tPutin|Vladimir Vladimirovich Putin\tRUS\tGOV\timported\t2000-05-07\t2008-05-07",
        "Vladimir Putin\tPutin|Vladimir Vladimirovich Putin\tRUS\tGOV\timported\t2012-05-07\t",
        "Boris Yeltsin\t\tRUS\tGOV\timported\t1991-07-10\t1999-12-31",
    ]
    assert "skipped Jane Roe: unknown country in XXXGOV" in capsys.readouterr().out

    from transforms.knowledge import load_actor_dictionary

    kb = load_actor_dictionary(folder / "actors")
    assert kb.lookup("Boris Yeltsin").key == "Boris Yeltsin"
