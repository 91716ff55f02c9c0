"""Dictionaries load from config/ and report malformed entries with file and line."""

import shutil

import pytest

from config.settings import get_settings
from transforms.extract import load_dictionaries
from transforms.knowledge import DictionaryError, load_actor_dictionary
from transforms.nlp import ModelNotFoundError, load_pipeline
from transforms.ontology import load_ontology
from transforms.verb_patterns import load_obligations, load_verb_patterns

CONFIG = get_settings().dictionaries


def test_the_shipped_dictionaries_load_and_cover_every_root_code():
    dictionaries = load_dictionaries(CONFIG)
    patterns = [p for group in dictionaries.patterns.values() for p in group]
    assert len(patterns) >= 400
    assert {dictionaries.ontology[p.cameo].root for p in patterns} == {f"{n:02d}" for n in range(1, 21)}
    assert len(dictionaries.actors.countries) >= 249
    assert dictionaries.ontology["111"].goldstein == -2.0  # GDELT's table


def test_a_bad_verb_pattern_names_its_file_and_line(tmp_path):
    path = tmp_path / "verb_patterns.tsv"
    path.write_text("id\tverb\tparticle\tobject\tprep\tcameo\tcomment\nok\tmeet\t\t\twith\t040\t\nbad\tmeet\t\t\t\t999\t\n")
    codes = set(load_ontology(CONFIG / "ontology" / "cameo.tsv"))
    with pytest.raises(DictionaryError, match=r"verb_patterns.tsv:3: unknown CAMEO code '999'"):
        load_verb_patterns(path, codes)
    path.write_text("id\tverb\tparticle\tobject\tprep\tcameo\tcomment\nok meet with 040\n")
    with pytest.raises(DictionaryError, match=r"verb_patterns.tsv:2: expected 7 tab-separated fields, got 1"):
        load_verb_patterns(path, codes)


def test_a_bad_obligation_names_its_file_and_line(tmp_path):
    path = tmp_path / "obligations.tsv"
    path.write_text("id\tverbs\tmodals\tcameo\tcomment\nsay_must\tsay\tmust\t100\t\nsay_may\tsay\t\t020\t\n")
    with pytest.raises(DictionaryError, match=r"obligations.tsv:3: id, verbs and modals are required"):
        load_obligations(path, set(load_ontology(CONFIG / "ontology" / "cameo.tsv")))


@pytest.mark.parametrize(
    "file, row, message",
    [
        ("people.tsv", "Jane Roe\t\tUSA\tGOV\tPresident\t2020-13-01\t\n", "bad date '2020-13-01'"),
        ("agents.tsv", "grand vizier\tGOV\ttitle\tOTT\n", "unknown country 'OTT'"),
    ],
)
def test_a_bad_actor_row_names_its_file_and_line(tmp_path, file, row, message):
    folder = tmp_path / "actors"
    shutil.copytree(CONFIG / "actors", folder)
    with (folder / file).open("a") as handle:
        handle.write(row)
    lines = (folder / file).read_text().count("\n")
    with pytest.raises(DictionaryError, match=rf"{file}:{lines}: {message}"):
        load_actor_dictionary(folder)


def test_a_missing_spacy_pipeline_says_how_to_install_it():
    with pytest.raises(ModelNotFoundError, match="'no_such_pipeline' is not installed. Run `make install`"):
        load_pipeline("no_such_pipeline")
