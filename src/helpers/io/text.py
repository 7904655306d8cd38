"""Text helpers: normalisation, folding for comparison, agency datelines.

Rules are data: the month table, the agency table and the dateline parts are
small patterns composed into one regex, so a new agency is one more line.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

BOM = "\ufeff"
NBSP = "\u00a0"

# Month number -> spellings (genitive, nominative, abbreviations); a dot may follow.
MONTHS: dict[int, tuple[str, ...]] = {
    1: ("января", "январь", "янв"),
    2: ("февраля", "февраль", "фев", "февр"),
    3: ("марта", "март", "мар"),
    4: ("апреля", "апрель", "апр"),
    5: ("мая", "май"),
    6: ("июня", "июнь", "июн"),
    7: ("июля", "июль", "июл"),
    8: ("августа", "август", "авг"),
    9: ("сентября", "сентябрь", "сент", "сен"),
    10: ("октября", "октябрь", "окт"),
    11: ("ноября", "ноябрь", "ноя", "нояб"),
    12: ("декабря", "декабрь", "дек"),
}

MONTH_NUMBERS: dict[str, int] = {form: number for number, forms in MONTHS.items() for form in forms}

# Canonical agency name -> pattern of its token in a dateline.
AGENCIES: dict[str, str] = {
    "ТАСС": r"(?:ИТАР-)?ТАСС",
    "РИА Новости": r"РИА\s+(?:Новости|НОВОСТИ|«Новости»)",
    "Интерфакс": r"(?:ИНТЕРФАКС|Интерфакс|INTERFAX|Interfax)(?:-[А-ЯA-Zа-я]+|\.RU)?",
    "Прайм": r"(?:ПРАЙМ|Прайм)",
    "РБК": r"РБК",
    "Регнум": r"(?:РЕГНУМ|Регнум|REGNUM)",
    "Росбалт": r"(?:РОСБАЛТ|Росбалт)",
    "БелТА": r"(?:БЕЛТА|БелТА)",
    "УНИАН": r"УНИАН",
}

# Parts of hyphenated city names kept lowercase: Ростов-на-Дону, Комсомольск-на-Амуре.
CITY_LOWER_PARTS = {"на", "де", "ла", "ле", "сюр", "дель", "да", "ду", "и"}

SPACE = r"[^\S\n]"  # any whitespace but a line break (NBSP included)
DASH = r"[-\u2013\u2014]"
CITY_WORD = r"[А-ЯЁA-Z]{2,}(?:-[А-ЯЁA-Z]+)*"
CITY = rf"(?P<city>{CITY_WORD}(?:{SPACE}{CITY_WORD}){{0,3}})"
# Interfax writes the city in title case (Москва. 12 мая. INTERFAX - ): allowed before a date only
TITLE_WORD = r"[А-ЯЁ][а-яё]+(?:-[а-яёА-ЯЁ]+)*"
ANY_CITY = rf"(?P<city>(?:{CITY_WORD}|{TITLE_WORD})(?:{SPACE}(?:{CITY_WORD}|{TITLE_WORD})){{0,3}})"


def _alternatives(forms) -> str:
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


MONTH = rf"(?P<month>{_alternatives(MONTH_NUMBERS)})\.?(?![а-яё])"
YEAR = rf"(?:{SPACE}+(?P<year>(?:19|20)\d\d)(?:{SPACE}*г(?:ода?)?\.?)?)?"
DATE = rf"(?P<day>[0-3]?\d){SPACE}+{MONTH}{YEAR}"
AGENCY = "|".join(
    f"(?P<agency{index}>{pattern})" for index, pattern in enumerate(AGENCIES.values())
)
SLASHED = rf"/{SPACE}*(?:{AGENCY}|(?P<other>[^/\n]{{2,30}}?)){SPACE}*/\.?"

# Dateline shapes (city pattern, tail), tried in order, each tail anchored right after the city.
DATELINE_SHAPES: tuple[tuple[str, str], ...] = (
    # МОСКВА, 23 июня. /ТАСС/.   МОСКВА, 23 июня 2022. /Интерфакс/
    (ANY_CITY, rf"[,.]{SPACE}+{DATE}\.?{SPACE}*{SLASHED}"),
    # МОСКВА, 4 авг - РИА Новости.   МОСКВА. 23 июня. ИНТЕРФАКС - ...   Москва. 12 мая. INTERFAX -
    (
        ANY_CITY,
        rf"[,.]{SPACE}+{DATE}(?:\.?{SPACE}*{DASH}|\.){SPACE}*(?:{AGENCY})\.?(?:{SPACE}*{DASH})?",
    ),
    # МОСКВА /ТАСС/.  (no date)
    (CITY, rf",?{SPACE}*{SLASHED}"),
)

DATELINE_PATTERNS = tuple(
    re.compile(rf"\s*{city}(?:{tail})(?:{SPACE}+|(?=\n)|$)") for city, tail in DATELINE_SHAPES
)

GENITIVE_MONTHS = _alternatives(forms[0] for forms in MONTHS.values())
FULL_DATE = re.compile(
    rf"(?<!\d)(?P<day>[0-3]?\d){SPACE}+(?P<month>{GENITIVE_MONTHS}){SPACE}+"
    rf"(?P<year>(?:1[89]|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


# A lead date is often introduced by its weekday: "В среду, 30 марта 2016 года".
WEEKDAYS = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")
WEEKDAY_BEFORE = re.compile(rf"(?:{'|'.join(WEEKDAYS)}),?{SPACE}*$", re.IGNORECASE)

# Lines an agency export puts above the dateline: a headline, a timestamp, a rubric.
HEAD_LINES = 6  # a dateline is looked for in this many first non-blank lines
HEAD_LINE_LENGTH = 300  # ... each line above it at most this long (a headline, not a paragraph)
RUBRIC_LABELS = ("Тема", "Рубрика", "Раздел", "Сюжет", "Теги", "Тег", "Метки", "Категория")
RUBRIC = re.compile(rf"^{SPACE}*(?:{'|'.join(RUBRIC_LABELS)}){SPACE}*:", re.IGNORECASE)
STAMP_LABEL = rf"(?:(?:Опубликовано|Обновлено|Дата(?:{SPACE}+публикации)?){SPACE}*:?{SPACE}*)?"
CLOCK = r"(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::[0-5]\d)?"
STAMP_DATES = (
    r"(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)\d\d)",  # 04/08/2008
    r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)",  # 2008-08-04
    rf"(?P<day>[0-3]?\d){SPACE}+{MONTH}{SPACE}+(?P<year>(?:19|20)\d\d)(?:{SPACE}*г(?:ода?)?\.?)?",
)
STAMP_GLUE = rf"(?:,?{SPACE}*(?:в{SPACE}+)?|[T\s]|{SPACE}*{DASH}{SPACE}*)"
STAMP_END = rf"(?:{SPACE}*\(?(?:мск|МСК)\)?)?{SPACE}*$"
# 04/08/2008 12:08   13:52 04.02.2013   4 августа 2008, 12:08   4 августа 2008 (no clock)
TIMESTAMP_PATTERNS = tuple(
    re.compile(rf"^{SPACE}*{STAMP_LABEL}{shape}{STAMP_END}")
    for date in STAMP_DATES
    for shape in (rf"{date}(?:{STAMP_GLUE}{CLOCK})?", rf"{CLOCK}{STAMP_GLUE}{date}")
)


@dataclass
class Dateline:
    """An agency dateline at the start of a text: `МОСКВА, 23 июня. /ТАСС/.`

    `start`/`stop` are offsets in the text; `stop` is where the body begins.
    """

    start: int
    stop: int
    city: str | None
    day: int | None
    month: int | None
    year: int | None
    source: str | None

    def covers(self, offset: int) -> bool:
        """Whether the character at ``offset`` belongs to the dateline (a headline above
        it does not)."""
        return self.start <= offset < self.stop


@dataclass
class Timestamp:
    """A publication time line above an article: `04/08/2008 12:08` (hour None without a clock).

    `start`/`stop` are offsets of the line in the text.
    """

    start: int
    stop: int
    day: int
    month: int
    year: int
    hour: int | None = None
    minute: int | None = None


@dataclass
class DateMatch:
    """A full Russian date in running text: `30 марта 2016`."""

    start: int
    stop: int
    day: int
    month: int
    year: int


# lone UTF-16 surrogates cannot be encoded (Parquet, hashing): one U+FFFD each, offsets kept
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def normalize_text(text: str) -> str:
    """Drop a leading BOM, turn CRLF/CR into LF, strip trailing whitespace at the end.

    Everything else (NBSP included) stays, so offsets match the source; a lone
    surrogate (never valid text) becomes U+FFFD:
    '\\ufeffМОСКВА, 23 июня.\\r\\nТекст \\n' -> 'МОСКВА, 23 июня.\\nТекст'
    """
    text = text.lstrip(BOM)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return LONE_SURROGATE.sub("\ufffd", text).rstrip()


# every space separator (Unicode category Zs: NBSP, thin spaces ...) -> ' ', ё -> е
SPACE_SEPARATORS = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
FOLD_TABLE = str.maketrans({**dict.fromkeys(SPACE_SEPARATORS, " "), "ё": "е", "Ё": "Е"})


def fold_text(text: str) -> str:
    """Fold a string for comparing words: Unicode spaces -> ' ', ё -> е, lowercase.

    'Всё\\u00a0Ёлки' -> 'все елки'
    """
    return text.translate(FOLD_TABLE).lower()


def title_city(city: str) -> str:
    """'РОСТОВ-НА-ДОНУ' -> 'Ростов-на-Дону', 'НИЖНИЙ НОВГОРОД' -> 'Нижний Новгород'."""
    words = []
    for word in re.split(f"({SPACE}+)", city):
        parts = word.split("-")
        parts = [
            part.lower() if index and part.lower() in CITY_LOWER_PARTS else part.capitalize()
            for index, part in enumerate(parts)
        ]
        words.append("-".join(parts))
    return "".join(words)


def month_number(word: str) -> int | None:
    """'июня' -> 6, 'Авг.' -> 8, 'foo' -> None."""
    return MONTH_NUMBERS.get(word.lower().rstrip("."))


def _agency(match: re.Match) -> str | None:
    for index, name in enumerate(AGENCIES):
        if match.group(f"agency{index}"):
            return name
    other = match.groupdict().get("other")
    return other.strip() if other else None


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _dateline(match: re.Match) -> Dateline | None:
    day = _int(match.groupdict().get("day"))
    month = month_number(match.group("month")) if match.groupdict().get("month") else None
    if day is not None and not 1 <= day <= 31:
        return None
    city = match.group("city")
    return Dateline(
        start=match.start("city"),
        stop=match.end(),
        city=title_city(city),
        day=day,
        month=month,
        year=_int(match.groupdict().get("year")),
        source=_agency(match),
    )


def find_dateline(text: str) -> Dateline | None:
    """Find an agency dateline at the very start of a text.

    'МОСКВА, 23 июня. /ТАСС/. Текст' -> Dateline(start=0, stop=25, city='Москва',
    day=23, month=6, year=None, source='ТАСС'); an ordinary sentence -> None.
    """
    for pattern in DATELINE_PATTERNS:
        match = pattern.match(text)
        if match:
            return _dateline(match)
    return None


def _date_match(match: re.Match) -> DateMatch | None:
    day = int(match.group("day"))
    if not 1 <= day <= 31:
        return None
    month = month_number(match.group("month"))
    return DateMatch(match.start(), match.end(), day, month, int(match.group("year")))


def find_full_date(text: str, limit: int = 400) -> DateMatch | None:
    """The lead's full Russian date in the first `limit` characters.

    A date after a weekday wins over earlier ones (photo captions), else the first:
    'В среду, 30 марта 2016 года, ...' -> DateMatch(9, 22, day=30, month=3, year=2016)
    """
    head = text[:limit]
    dates = [(match, _date_match(match)) for match in FULL_DATE.finditer(head)]
    dates = [(match, date) for match, date in dates if date]
    for match, date in dates:
        if WEEKDAY_BEFORE.search(head, 0, match.start()):
            return date
    return dates[0][1] if dates else None


def find_timestamp(line: str) -> Timestamp | None:
    """A line that is only a date (with a clock): '13:52 04.02.2013' -> Timestamp(0, 16,
    day=4, month=2, year=2013, hour=13, minute=52); anything else -> None."""
    for pattern in TIMESTAMP_PATTERNS:
        match = pattern.match(line)
        if match:
            return _timestamp(match)
    return None


def _timestamp(match: re.Match) -> Timestamp | None:
    groups = match.groupdict()
    month = groups["month"]
    month = int(month) if month.isdigit() else month_number(month)
    day, year = int(groups["day"]), int(groups["year"])
    try:
        datetime.date(year, month, day)
    except (TypeError, ValueError):  # 31/02, month 13
        return None
    hour = _int(groups.get("hour"))
    minute = _int(groups.get("minute"))
    if hour is not None and hour > 23:
        return None
    return Timestamp(match.start(), match.end(), day, month, year, hour, minute)


def is_rubric(line: str) -> bool:
    """'Тема: Армия' -> True: a rubric line of an agency export."""
    return bool(RUBRIC.match(line))


def head_lines(text: str, limit: int = HEAD_LINES) -> list[tuple[int, int]]:
    """(start, stop) of the first `limit` non-blank lines of a text."""
    spans = []
    for match in re.finditer(r"[^\n]*", text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
            if len(spans) == limit:
                break
    return spans


def find_lead_dateline(text: str) -> Dateline | None:
    """A dateline at the start of one of the first lines, below short lines only
    (headline, timestamp, rubric): offsets are in the text.

    'Шойгу встретился с коллегой\n04/08/2008 12:08\nМОСКВА, 4 авг - РИА Новости. ...'
    -> Dateline(start=45, ..., city='Москва', day=4, month=8, source='РИА Новости')
    """
    for start, stop in head_lines(text):
        dateline = find_dateline(text[start:])
        if dateline:
            dateline.start += start
            dateline.stop += start
            return dateline
        if stop - start > HEAD_LINE_LENGTH:
            return None
    return None


def find_lead_timestamp(text: str, before: int | None = None) -> Timestamp | None:
    """The first timestamp line among the first lines (above `before`, the dateline)."""
    for start, stop in head_lines(text):
        if before is not None and start >= before:
            break
        stamp = find_timestamp(text[start:stop])
        if stamp:
            stamp.start += start
            stamp.stop += start
            return stamp
    return None


def line_spans(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """``text[start:stop]`` cut at its line breaks, each piece without the spaces around
    it and empty pieces left out: a headline, a caption or a paragraph ends a sentence
    even with no full stop (razdel joins `Заголовок\nПервое предложение.` into one)."""
    out = []
    pos = start
    for part in text[start:stop].split("\n"):
        a = pos + len(part) - len(part.lstrip())
        b = pos + len(part.rstrip())
        if a < b:
            out.append((a, b))
        pos += len(part) + 1
    return out
