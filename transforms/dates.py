"""Dates: publication date lines and temporal expressions relative to a publication date.

A resolved date carries its precision so an analyst never mistakes "in 1991" for 1 January 1991.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# First month of each season, northern hemisphere as in most wire copy.
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None,
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:" + "|".join(WEEKDAYS) + r"),?\s+)?"
_DATE_FORMS = [
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"^{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"^(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})\b"),
]


@dataclass(frozen=True)
class ResolvedDate:
    value: date  # the first day of the period
    precision: str  # day | week | month | season | year | publication

    @property
    def last_day(self) -> date:
        """The last day of the period the date stands for."""
        if self.precision == "year":
            return date(self.value.year, 12, 31)
        months = {"month": 1, "season": 3}.get(self.precision)
        if months:
            return _shift_months(self.value, months) - timedelta(days=1)
        if self.precision == "week":
            return self.value + timedelta(days=6)
        return self.value


def parse_date_line(line: str) -> date | None:
    """Parse a date line such as "March 24, 2015", "24 March 2015" or "2015-03-24 10:00"."""
    text = line.strip()
    for form in _DATE_FORMS:
        match = form.match(text)
        if not match:
            continue
        month = match["month"]
        month_number = int(month) if month.isdigit() else MONTHS[month.lower()]
        try:
            return date(int(match["year"]), month_number, int(match["day"]))
        except ValueError:
            return None
    return None


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def resolve_temporal(
    expression: str, anchor: date, *, previous: ResolvedDate | None = None, past: bool = True
) -> ResolvedDate | None:
    """Resolve a temporal expression against the publication date `anchor`.

    `previous` is the last date resolved in the document, for "the following year" and
    "two years later"; `past` is the clause's tense, which decides whether a bare "in May" or
    "on Wednesday" points back or forward from the anchor.
    """
    text = re.sub(r"\s+", " ", expression.strip().lower())
    text = re.sub(r"^(in|on|during|at|throughout|since|by|from|of)\s+", "", text)
    text = re.sub(r"^the\s+(?=(last|past|previous|following|next)\b)", "", text)

    full = parse_date_line(text)
    if full:
        return ResolvedDate(full, "day")
    if text in ("today", "this morning", "tonight", "this evening"):
        return ResolvedDate(anchor, "day")
    if text in ("yesterday", "last night"):
        return ResolvedDate(anchor - timedelta(days=1), "day")
    if text == "tomorrow":
        return ResolvedDate(anchor + timedelta(days=1), "day")
    if re.fullmatch(r"(?:early |late |mid-?)?(1[89]\d\d|20\d\d)", text):
        return ResolvedDate(date(int(text[-4:]), 1, 1), "year")
    month_year = re.fullmatch(rf"(?:early |late |mid-?)?{_MONTH},?\s+(?P<year>\d{{4}})", text)
    if month_year:
        return ResolvedDate(date(int(month_year["year"]), MONTHS[month_year["month"]], 1), "month")
    month_only = re.fullmatch(rf"(?:early |late |mid-?)?{_MONTH}", text)
    if month_only:
        month = MONTHS[month_only["month"]]
        year = anchor.year - 1 if past and month > anchor.month else anchor.year
        if not past and month < anchor.month:
            year = anchor.year + 1
        return ResolvedDate(date(year, month, 1), "month")
    if text in WEEKDAYS:
        offset = (anchor.weekday() - WEEKDAYS.index(text)) % 7
        if past:
            return ResolvedDate(anchor - timedelta(days=offset), "day")
        return ResolvedDate(anchor + timedelta(days=(7 - offset) % 7), "day")

    if text in ("the year", "that year", "the same year") and previous is not None:
        return ResolvedDate(date(previous.value.year, 1, 1), "year")
    relative = re.fullmatch(r"(?:earlier |later )?(this|last|past|previous|next|following) (year|month|week)", text)
    if relative:
        which, unit = relative.groups()
        step = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "following": 1}[which]
        base = anchor
        if which in ("following", "previous") and previous is not None:
            base = previous.value
        if unit == "year":
            return ResolvedDate(date(base.year + step, 1, 1), "year")
        if unit == "month":
            return ResolvedDate(_shift_months(base, step), "month")
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
        return ResolvedDate(monday, "week")
    season = re.fullmatch(r"(?:this|last|past|next) (spring|summer|fall|autumn|winter)", text)
    if season:
        start = SEASONS[season[1]]
        year = anchor.year
        if text.startswith(("last", "past")):
            # The most recent season of that name that has ended by the anchor date.
            year = anchor.year if start + 3 <= anchor.month else anchor.year - 1
        elif text.startswith("next"):
            year = anchor.year if start > anchor.month else anchor.year + 1
        return ResolvedDate(date(year, start, 1), "season")
    offset = re.fullmatch(r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (year|month)s? (later|after|earlier|before|ago)", text)
    if offset:
        count_word, unit, direction = offset.groups()
        count = int(count_word) if count_word.isdigit() else NUMBER_WORDS[count_word]
        if direction == "ago":
            base, sign = anchor, -1
        elif previous is not None:
            base, sign = previous.value, (1 if direction in ("later", "after") else -1)
        else:
            return None
        if unit == "year":
            return ResolvedDate(date(base.year + sign * count, 1, 1), "year")
        return ResolvedDate(_shift_months(base, sign * count), "month")
    return None
