"""The seed article, coded end to end without the warehouse: the cases the issues name."""

from datetime import date


def codes_of(extracted, name):
    return {m.actor.code for m in extracted.mentions if m.actor.name == name}


def test_office_holders_on_the_seed(seed_extraction):
    assert codes_of(seed_extraction, "Vladimir Putin") == {"RUSGOV"}
    assert codes_of(seed_extraction, "Kim Jong-un") == {"PRKGOV"}
    assert codes_of(seed_extraction, "Park Geun-hye") == {"KORGOV"}
    assert codes_of(seed_extraction, "Dmitry Medvedev") == {"RUSGOV"}
    assert codes_of(seed_extraction, "Sergey Lavrov") == {"RUSGOV"}
    assert codes_of(seed_extraction, "Xi Jinping") == {"CHNGOV"}
    assert codes_of(seed_extraction, "Kim Yong-nam") == {"PRKGOV"}


def test_places_and_abbreviations_on_the_seed_name_their_countries(seed_extraction):
    countries = {m.text: m.actor.country for m in seed_extraction.mentions}
    for text, country in [("Moscow", "RUS"), ("Pyongyang", "PRK"), ("Seoul", "KOR"), ("Beijing", "CHN"),
                          ("Washington", "USA"), ("the DPRK", "PRK"), ("the ROK", "KOR"), ("the PRC", "CHN")]:
        assert countries[text] == country, text


def test_a_lone_kim_is_the_kim_last_named_in_full(seed_extraction):
    sentence = next(s.index for s in seed_extraction.sentences if s.text.startswith("If Kim were to go"))
    [kim] = [m for m in seed_extraction.mentions if m.sentence_index == sentence and m.text == "Kim"]
    assert (kim.actor.name, kim.method) == ("Kim Jong-un", "coreference")


def test_the_author_is_not_a_state_actor(seed_extraction):
    assert all(m.actor.name != "Doug Bandow" for m in seed_extraction.mentions)
    assert all("Doug Bandow" not in (e.source.name, e.target and e.target.name) for e in seed_extraction.events)


def test_the_seed_events_the_issues_name(seed_extraction):
    found = {(e.source.code, e.target and e.target.code, e.cameo, e.date, e.date_precision)
             for e in seed_extraction.events}
    assert ("PRK", "RUS", "111", date(1991, 1, 1), "year") in found
    assert ("RUSGOV", "PRKGOV", "040", date(2011, 1, 1), "year") in found
    assert ("RUSGOV", "KORGOV", "040", date(2013, 1, 1), "year") in found
    invites = {(e.source.code, e.target and e.target.code, e.cameo) for e in seed_extraction.events
               if e.pattern_id == "invite"}
    assert invites == {("RUSGOV", "PRKGOV", "036"), ("RUSGOV", "KORGOV", "036")}
    assert ("CHN", "PRKGOV", "120", date(2015, 3, 24), "publication") in found


def test_no_asserted_material_conflict_after_2000(seed_extraction):
    assert [e for e in seed_extraction.events
            if e.quad_class == 4 and e.modality == "asserted" and not e.negated and e.date > date(2000, 12, 31)] == []
