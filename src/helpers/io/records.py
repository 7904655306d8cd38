"""What readers yield: `Record` (one article as read) or `Skip` (an input left out)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Record:
    """One article as read from a file, before normalisation."""

    text: object
    path: str
    stem: str
    title: object = None
    date: object = None
    id: object = None
    source: object = None
    url: object = None
    city: object = None
    row: int | None = None


@dataclass
class Skip:
    """An input left out, with the reason: ('news/bad.bin', 'binary file')."""

    path: str
    reason: str


@dataclass
class Options:
    """What `load_articles` was asked: year=, column names (text_column= ...), encoding=."""

    year: int | None = None
    columns: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
