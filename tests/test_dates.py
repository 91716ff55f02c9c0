from datetime import date

import pytest

from transforms.dates import ResolvedDate, parse_date_line, resolve_temporal

PUBLISHED = date(2015, 3, 24)  # a Tuesday


@pytest.mark.parametrize(
    "line, expected",
    [
        ("March 24, 2015", date(2015, 3, 24)),
        ("24 March 2015", date(2015, 3, 24)),
        ("Tuesday, March 24, 2015", date(2015, 3, 24)),
        ("Mar. 24, 2015", date(2015, 3, 24)),
        ("2015-03-24 10:12", date(2015, 3, 24)),
        ("03/24/2015 05:13 pm ET", date(2015, 3, 24)),
        ("February 30, 2015", None),
        ("Russia and North Korea Play Nice", None),
    ],
)
def test_date_lines_parse_to_the_day_they_name(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "expression, value, precision",
    [
        ("in 1991", date(1991, 1, 1), "year"),
        ("2011", date(2011, 1, 1), "year"),
        ("last year", date(2014, 1, 1), "year"),
        ("Earlier this year", date(2015, 1, 1), "year"),
        ("Last fall", date(2014, 9, 1), "season"),
        ("in May", date(2014, 5, 1), "month"),  # past tense: the May before publication
        ("in January", date(2015, 1, 1), "month"),
        ("May 2011", date(2011, 5, 1), "month"),
        ("on Wednesday", date(2015, 3, 18), "day"),
        ("yesterday", date(2015, 3, 23), "day"),
        ("on March 3, 2014", date(2014, 3, 3), "day"),
        ("last month", date(2015, 2, 1), "month"),
        ("two years ago", date(2013, 1, 1), "year"),
    ],
)
def test_temporal_expressions_resolve_against_the_publication_date(expression, value, precision):
    assert resolve_temporal(expression, PUBLISHED) == ResolvedDate(value, precision)


def test_future_clauses_look_forward():
    assert resolve_temporal("in May", PUBLISHED, past=False) == ResolvedDate(date(2015, 5, 1), "month")
    assert resolve_temporal("on Wednesday", PUBLISHED, past=False) == ResolvedDate(date(2015, 3, 25), "day")


def test_relative_expressions_count_from_the_previous_date_in_the_document():
    previous = ResolvedDate(date(1991, 1, 1), "year")
    assert resolve_temporal("the following year", PUBLISHED, previous=previous) == ResolvedDate(date(1992, 1, 1), "year")
    earlier = ResolvedDate(date(2011, 1, 1), "year")
    assert resolve_temporal("Two years later", PUBLISHED, previous=earlier) == ResolvedDate(date(2013, 1, 1), "year")
    assert resolve_temporal("Two years later", PUBLISHED) is None


def test_unknown_expressions_are_not_guessed():
    assert resolve_temporal("the 1990s", PUBLISHED) is None
    assert resolve_temporal("recently", PUBLISHED) is None


def test_the_year_refers_back_to_the_year_last_named():
    previous = ResolvedDate(date(2014, 1, 1), "year")
    assert resolve_temporal("Throughout the year", PUBLISHED, previous=previous) == ResolvedDate(date(2014, 1, 1), "year")


def test_a_period_knows_its_last_day():
    assert ResolvedDate(date(2014, 9, 1), "season").last_day == date(2014, 11, 30)
    assert ResolvedDate(date(2015, 2, 1), "month").last_day == date(2015, 2, 28)
    assert ResolvedDate(date(2013, 1, 1), "year").last_day == date(2013, 12, 31)
