"""Articles: one tidy row per article from what the readers yield.

`load_articles` lists files, reads them (`readers`), normalises texts, reads the
datelines of the first lines, resolves dates and ids, and builds the frame.
"""

from __future__ import annotations

import hashlib
import math
import re
import warnings
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

from .readers import inner_suffix, list_files, read_file
from .records import Options, Record, Skip
from .text import (
    Dateline,
    Timestamp,
    find_dateline,
    find_full_date,
    find_lead_dateline,
    find_lead_timestamp,
    find_timestamp,
    head_lines,
    is_rubric,
    month_number,
    normalize_text,
)

ARTICLE_COLUMNS = ("article_id", "title", "date", "source", "city", "url", "text", "path")
MAX_SKIPS_SHOWN = 5

FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)(?!\d)")
DATE_FORMATS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"^\d{4}-\d\d-\d\d(?:[t ][\d:.]+)?(?:z|[+-]\d\d:?\d\d)?$"), "iso"),
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d\d)(?::(\d\d))?)?$"), "dmy"),
    (re.compile(r"^(\d{1,2})\s+([а-яё]+)\.?,?\s+(\d{4})(?:\s*г(?:ода?)?\.?)?"), "ru", ),
    (re.compile(r"^(\d{4})(\d\d)(\d\d)$"), "ymd"),
)  # fmt: skip


class LoadWarning(UserWarning):
    """Something in the input was skipped or left unknown while loading."""


# --- fields of an article -------------------------------------------------------------------


def _missing(value: object) -> bool:
    """None, NaN, NA and NaT are missing values."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _string(value: object) -> str | None:
    """Data value -> clean str or None (NaN, None and blanks are missing)."""
    if _missing(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = normalize_text(str(value)).strip()
    return text or None


def _text_problem(value: object) -> str | None:
    if _missing(value):
        return "no text"
    if not isinstance(value, str):
        return f"text is not a string ({type(value).__name__})"
    if not value.strip():
        return "empty text"
    return None


HEADLINE_ENDS = tuple(".!?…:;,")
# formats whose first line may be a headline (tables and JSON name their title field)
TITLED = (".txt", ".md", ".docx", ".rtf", ".pdf")
QUOTE_SPEECH = re.compile(r"^[«\"„“].*[»\"“”][,.]?\s*[-\u2013\u2014]")


def guess_title(text: str, dateline: Dateline | None = None) -> str | None:
    """The headline of a plain-text article: its first line when that looks like one, or
    the first line above the dateline that is no timestamp or rubric; else None."""
    if dateline and dateline.start > 0:
        lines = [text[a:b].strip() for a, b in head_lines(text) if b <= dateline.start]
        lines = [line for line in lines if not (find_timestamp(line) or is_rubric(line))]
        return lines[0] if lines and len(lines[0]) <= 200 else None
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    first = lines[0]
    if len(first) > 200 or first.endswith(HEADLINE_ENDS) or QUOTE_SPEECH.match(first):
        return None
    if find_dateline(first) or find_timestamp(first) or is_rubric(first):
        return None
    return first


def _timestamp(year: int, month: int, day: int, *rest: int) -> pd.Timestamp | None:
    try:
        return pd.Timestamp(datetime(year, month, day, *rest))
    except ValueError:
        return None


def parse_date(value: object) -> pd.Timestamp | None:
    """'2022-06-23', '23.06.2022 10:00', '23 июня 2022', '20220623' -> Timestamp; else None."""
    if isinstance(value, datetime):
        return pd.Timestamp(value).tz_localize(None) if value.tzinfo else pd.Timestamp(value)
    text = str(value).strip().lower()
    for pattern, kind in DATE_FORMATS:
        match = pattern.match(text)
        if match:
            return _parse_match(match, kind, text)
    return None


def _parse_match(match: re.Match, kind: str, text: str) -> pd.Timestamp | None:
    if kind == "iso":
        try:
            stamp = pd.Timestamp(text.upper())
        except ValueError:
            return None
        return stamp.tz_localize(None) if stamp.tzinfo else stamp
    if kind == "dmy":
        day, month, year, *clock = match.groups()
        return _timestamp(int(year), int(month), int(day), *(int(x) for x in clock if x))
    if kind == "ru":
        day, word, year = match.groups()
        month = month_number(word)
        return _timestamp(int(year), month, int(day)) if month else None
    year, month, day = match.groups()
    return _timestamp(int(year), int(month), int(day))


def file_date(path: str) -> pd.Timestamp | None:
    """A YYYY-MM-DD or YYYYMMDD date in the file name: '2024-12-03-x.txt' -> 2024-12-03."""
    name = Path(path.rsplit(":", 1)[0] if re.search(r":\d+$", path) else path).name
    for match in FILE_DATE.finditer(name):
        stamp = _timestamp(*(int(group) for group in match.groups()))
        if stamp:
            return stamp
    return None


def file_year(path: str) -> int | None:
    """Year of a YYYY-MM-DD or YYYYMMDD date in the file name: '2022-06-23-x.txt' -> 2022."""
    stamp = file_date(path)
    return stamp.year if stamp else None


def _stamp_year(dateline: Dateline, stamp: Timestamp | None) -> int | None:
    """The dateline's year from the timestamp line (a December dateline stamped in January
    belongs to the year before)."""
    if stamp is None:
        return None
    return stamp.year - (dateline.month == 12 and stamp.month == 1)


@dataclass
class Notes:
    """What went unknown while building rows, reported in warnings at the end."""

    skipped: list[tuple[str, str]] = field(default_factory=list)
    no_year: list[str] = field(default_factory=list)
    bad_dates: dict[str, str] = field(default_factory=dict)


def resolve_date(
    record: Record,
    text: str,
    dateline: Dateline | None,
    options: Options,
    notes: Notes,
    stamp: Timestamp | None = None,
):
    """Date from the data, then the dateline (its year from the timestamp line, year= or the
    file name), the timestamp line, the lead's full date, and last the file name's date."""
    raw = record.date if isinstance(record.date, datetime) else _string(record.date)
    raw = None if _missing(raw) else raw
    if raw is not None:
        date = parse_date(raw)
        if date is None:
            notes.bad_dates.setdefault(str(raw), record.path)
        return date
    if dateline and dateline.month:
        year = dateline.year or _stamp_year(dateline, stamp) or options.year
        year = year or file_year(record.path)
        if year is None:
            notes.no_year.append(record.path)
            return None
        return _timestamp(year, dateline.month, dateline.day)
    if stamp:
        return _timestamp(stamp.year, stamp.month, stamp.day)
    found = find_full_date(text)
    if found:
        return _timestamp(found.year, found.month, found.day)
    return file_date(record.path)


def article_id(record: Record, text: str) -> str:
    """Id from the data, else '{stem}-{sha1[:10]}' ('{stem}-{row}-{sha1[:8]}' for rows)."""
    given = _string(record.id)
    if given:
        return given
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    if record.row is None:
        return f"{record.stem}-{digest[:10]}"
    return f"{record.stem}-{record.row}-{digest[:8]}"


def build_row(record: Record, options: Options, notes: Notes) -> dict | None:
    problem = _text_problem(record.text)
    if problem:
        notes.skipped.append((record.path, problem))
        return None
    text = normalize_text(record.text)
    dateline = find_lead_dateline(text)
    stamp = find_lead_timestamp(text, dateline.start if dateline else None)
    title = _string(record.title)
    if title is None and record.row is None and inner_suffix(record.path) in TITLED:
        title = guess_title(text, dateline)
    return {
        "article_id": article_id(record, text),
        "title": title,
        "date": resolve_date(record, text, dateline, options, notes, stamp),
        "source": _string(record.source) or (dateline.source if dateline else None),
        "city": (dateline.city if dateline else None) or _string(record.city),
        "url": _string(record.url),
        "text": text,
        "path": record.path,
    }


def unique_ids(ids: list[str]) -> tuple[list[str], list[str]]:
    """Suffix repeated ids with ~2, ~3 ...; returns (ids, the repeated ones)."""
    seen = set(ids)
    counts: Counter = Counter()
    result, repeated = [], []
    for value in ids:
        counts[value] += 1
        if counts[value] == 1:
            result.append(value)
            continue
        repeated.append(value)
        number = counts[value]
        while f"{value}~{number}" in seen:
            number += 1
        seen.add(f"{value}~{number}")
        result.append(f"{value}~{number}")
    return result, repeated


def build_frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    for column in ARTICLE_COLUMNS:
        if column != "date":
            frame[column] = frame[column].astype("string")
    frame["date"] = pd.to_datetime(frame["date"]).astype("datetime64[ns]")
    return frame


# --- warnings -------------------------------------------------------------------------------


def _examples(items: list[str]) -> str:
    shown = "; ".join(items[:MAX_SKIPS_SHOWN])
    more = len(items) - MAX_SKIPS_SHOWN
    return shown + (f"; ... and {more} more" if more > 0 else "")


def warn_notes(notes: Notes, repeated: list[str]) -> None:
    if notes.skipped:
        items = [f"{path} ({reason})" for path, reason in notes.skipped]
        _warn(f"skipped {len(items)} input(s), see df.attrs['skipped']: {_examples(items)}")
    if notes.no_year:
        _warn(
            f"{len(notes.no_year)} article(s) have a dateline day and month but no year, "
            f"date left NaT; pass year= (e.g. year=2022): {_examples(notes.no_year)}"
        )
    if notes.bad_dates:
        items = [f"{raw!r} in {path}" for raw, path in notes.bad_dates.items()]
        _warn(f"could not parse {len(items)} date value(s), date left NaT: {_examples(items)}")
    if repeated:
        _warn(
            f"{len(repeated)} repeated article_id(s) got suffixes ~2, ~3 ...: "
            f"{_examples(sorted(set(repeated)))}"
        )


def _warn(message: str) -> None:
    warnings.warn(message, category=LoadWarning, stacklevel=4)


# --- entry point ----------------------------------------------------------------------------


def load_articles(
    path: str | Path | Iterable[str | Path],
    *,
    year: int | None = None,
    text_column: str | None = None,
    title_column: str | None = None,
    date_column: str | None = None,
    id_column: str | None = None,
    encoding: str | None = None,
    recursive: bool = True,
    warn: bool = True,
) -> pd.DataFrame:
    """Load articles from a file, a folder or a list of them: one row per article.

    Columns: article_id, title, date, source, city, url, text, path, e.g.
    'tass-...', <NA>, 2022-06-23, 'ТАСС', 'Москва', <NA>, 'МОСКВА, 23 июня. /ТАСС/. ...',
    'data/raw/2022-06-23-shoigu-kazakhstan.txt'. Inputs left out are listed in
    df.attrs['skipped'] as (path, reason) and summarised in one LoadWarning.
    """
    columns = {"text": text_column, "title": title_column, "date": date_column, "id": id_column}
    options = Options(year, {k: v for k, v in columns.items() if v}, encoding)
    paths = [path] if isinstance(path, str | Path) else list(path)
    notes = Notes()
    rows = []
    for file in list_files(paths, recursive):
        for item in read_file(file, options):
            if isinstance(item, Skip):
                notes.skipped.append((item.path, item.reason))
                continue
            row = build_row(item, options, notes)
            if row:
                rows.append(row)
    if not rows:
        reasons = _examples([f"{p} ({r})" for p, r in notes.skipped]) or "no files"
        raise ValueError(f"no articles found in {_describe(paths)}: {reasons}")
    ids, repeated = unique_ids([row["article_id"] for row in rows])
    for row, value in zip(rows, ids, strict=True):
        row["article_id"] = value
    if warn:
        warn_notes(notes, repeated)
    frame = build_frame(rows)
    frame.attrs["skipped"] = notes.skipped
    return frame


def _describe(paths: list) -> str:
    return ", ".join(repr(str(p)) for p in paths) if paths else "an empty list of paths"
