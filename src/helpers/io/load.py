"""Load news articles from files and folders into one tidy table.

The entry point and the names other modules import; the work is split by stage:
`decode` (bytes -> text), `readers` and `documents` (files -> records),
`articles` (records -> rows: datelines, dates, ids, the frame).
"""

from __future__ import annotations

from .articles import (
    ARTICLE_COLUMNS,
    LoadWarning,
    article_id,
    file_date,
    file_year,
    guess_title,
    load_articles,
    parse_date,
)
from .decode import DecodeError, decode_bytes, detect_encoding
from .readers import READERS, find_fields, list_files, read_file
from .records import Options, Record, Skip

__all__ = [
    "ARTICLE_COLUMNS",
    "READERS",
    "DecodeError",
    "LoadWarning",
    "Options",
    "Record",
    "Skip",
    "article_id",
    "decode_bytes",
    "detect_encoding",
    "file_date",
    "file_year",
    "find_fields",
    "guess_title",
    "list_files",
    "load_articles",
    "parse_date",
    "read_file",
]
