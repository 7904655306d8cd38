"""One time-bucket vocabulary: "day", "week", "month", "year".

Every function of the package that groups dates takes ``freq`` in these words;
pandas aliases ("D", "W", "M", "MS", "ME", "Y", "YS", "A" ...) are accepted and
mapped. A bucket is named by its first day (weeks start on Monday) and shown
as a period: ``июнь 2022``, ``нед. 25, 2022``, ``2022``, ``23 июня 2022``.
"""

from __future__ import annotations

import pandas as pd

from ..i18n import get_language, message

FREQS = ("day", "week", "month", "year")
# pandas Period aliases of the buckets (weeks run Monday to Sunday)
PANDAS_FREQ = {"day": "D", "week": "W-SUN", "month": "M", "year": "Y"}
ALIASES = {
    "day": "day",
    "days": "day",
    "daily": "day",
    "d": "day",
    "week": "week",
    "weeks": "week",
    "weekly": "week",
    "w": "week",
    "w-sun": "week",
    "w-mon": "week",
    "month": "month",
    "months": "month",
    "monthly": "month",
    "m": "month",
    "ms": "month",
    "me": "month",
    "year": "year",
    "years": "year",
    "yearly": "year",
    "y": "year",
    "ys": "year",
    "ye": "year",
    "a": "year",
    "as": "year",
    "a-dec": "year",
    "y-dec": "year",
}


def normalize_freq(freq: str) -> str:
    """ "day", "week", "month" or "year" for ``freq`` in those words or as a pandas alias.

    >>> normalize_freq("MS")
    'month'
    """
    key = str(freq).strip().lower() if freq is not None else ""
    if key not in ALIASES:
        raise ValueError(
            f"freq must be one of {list(FREQS)} (or a pandas alias D, W, M, MS, ME, Y, YS, A),"
            f" got {freq!r}"
        )
    return ALIASES[key]


def choose_freq(dates: pd.Series) -> str:
    """A bucket giving a readable line: day (< 2 months), week (< 1 year), month (< 5 years),
    else year; "month" when there are no dates."""
    dates = pd.to_datetime(pd.Series(dates), errors="coerce").dropna()
    if not len(dates):
        return "month"
    span = dates.max() - dates.min()
    if span < pd.Timedelta(days=60):
        return "day"
    if span < pd.Timedelta(days=366):
        return "week"
    if span < pd.Timedelta(days=5 * 366):
        return "month"
    return "year"


def resolve_freq(freq: str | None, dates: pd.Series | None = None) -> str:
    """``normalize_freq(freq)``; None or "auto": chosen from the span of ``dates``."""
    if freq is None or str(freq).lower() == "auto":
        return choose_freq(dates if dates is not None else pd.Series(dtype="datetime64[ns]"))
    return normalize_freq(freq)


def pandas_freq(freq: str) -> str:
    """The pandas Period alias of a bucket ("month" -> "M", "week" -> "W-SUN")."""
    return PANDAS_FREQ[normalize_freq(freq)]


def bucket_start(dates: pd.Series, freq: str) -> pd.Series:
    """First day of the bucket of each date (NaT stays NaT)."""
    dates = pd.to_datetime(pd.Series(dates), errors="coerce")
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_localize(None)
    return dates.dt.to_period(pandas_freq(freq)).dt.start_time


def bucket_range(first, last, freq: str) -> pd.DatetimeIndex:
    """Every bucket start from the bucket of ``first`` to the bucket of ``last``."""
    periods = pd.period_range(pd.Timestamp(first), pd.Timestamp(last), freq=pandas_freq(freq))
    return pd.DatetimeIndex(periods.start_time)


def infer_freq(starts) -> str:
    """The bucket of a column of bucket starts: by their spacing, or, for a single one,
    by its place in the calendar (1 January: year, 1st: month, Monday: week, else day)."""
    starts = pd.DatetimeIndex(pd.to_datetime(pd.Series(starts), errors="coerce").dropna())
    starts = starts.unique().sort_values()
    if len(starts) > 1:
        step = (starts[1:] - starts[:-1]).min().days
        if step >= 365:
            return "year"
        if step >= 28:
            return "month"
        return "week" if step >= 7 else "day"
    if not len(starts):
        return "day"
    first = starts[0]
    if (first.month, first.day) == (1, 1):
        return "year"
    if first.day == 1:
        return "month"
    return "week" if first.dayofweek == 0 else "day"


def frame_freq(frame: pd.DataFrame, column: str = "period", freq: str | None = None) -> str:
    """The bucket of a frame of periods: ``freq`` when given, else the one the frame
    records (``attrs["freq"]``), else inferred from its ``column`` of bucket starts."""
    return normalize_freq(freq or frame.attrs.get("freq") or infer_freq(frame[column]))


def period_label(period, freq: str, lang: str | None = None) -> str:
    """The period a bucket stands for, in words of ``lang`` (default: the current language).

    >>> period_label("2022-06-01", "month")
    'июнь 2022'
    >>> period_label("2022-06-20", "week", "en")
    'week 25, 2022'
    """
    freq = normalize_freq(freq)
    lang = lang or get_language()
    if isinstance(period, pd.Period):
        period = period.start_time
    day = pd.Timestamp(period)
    if freq == "year":
        return f"{day.year}"
    if freq == "month":
        return message("period.month", lang, month=month_name(day.month, lang), year=day.year)
    if freq == "week":
        year, week, _ = day.isocalendar()
        return message("period.week", lang, week=week, year=year)
    return message(
        "period.day", lang, day=day.day, month=month_name(day.month, lang, of=True), year=day.year
    )


def month_name(month: int, lang: str | None = None, of: bool = False) -> str:
    """Name of ``month`` (1-12); ``of``: the form after a day number ("23 июня")."""
    key = "months.of" if of else "months"
    return message(key, lang).split()[month - 1]
