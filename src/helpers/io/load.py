"""Load news articles from files and folders into one tidy table.

One reader per format turns bytes into `Record`s (or `Skip`s); `load_articles`
normalises texts, reads datelines, resolves dates and ids, and builds the frame.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import math
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from .text import find_dateline, find_full_date, month_number, normalize_text

ARTICLE_COLUMNS = ("article_id", "title", "date", "source", "city", "url", "text", "path")

# Field names looked up (case-insensitive) in tables and JSON records.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": (
        "text", "body", "content", "article", "full_text", "fulltext",
        "текст", "содержание", "статья", "текст статьи",
    ),
    "title": ("title", "headline", "header", "заголовок", "название"),
    "date": (
        "date", "published", "pub_date", "publish_date", "published_at", "datetime", "time",
        "дата", "дата публикации",
    ),
    "id": ("id", "article_id", "doc_id", "uid", "идентификатор"),
    "source": ("source", "outlet", "media", "источник", "сми", "издание"),
    "url": ("url", "link", "href", "ссылка"),
    "city": ("city", "город"),
}  # fmt: skip

JSON_LIST_KEYS = ("articles", "items", "data", "documents")
TABLE_DELIMITERS = ",;\t|"
SILENTLY_IGNORED = {".ds_store", ".gitkeep", ".gitignore", "thumbs.db", "desktop.ini"}

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Preferred when charset-normalizer hesitates between Cyrillic code pages (mac_cyrillic,
# iso8859_5 ... differ from cp1251 in a few letters only and are rare in news).
CYRILLIC_ENCODINGS = ("cp1251", "koi8_r")
MIN_RUSSIAN_SCORE = 0.5
RUSSIAN_PUNCTUATION = set("«»„“”’–—…№\u00a0")
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
    year: int | None = None
    columns: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None


# --- decoding -------------------------------------------------------------------------------


class DecodeError(ValueError):
    pass


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_encoding(data: bytes) -> str | None:
    """UTF-16 without BOM: one byte of each pair is mostly 0x00 (Latin) or 0x04 (Cyrillic)."""
    if len(data) < 4 or len(data) % 2:
        return None
    for encoding, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        share = sum(byte in (0x00, 0x04) for byte in high) / len(high)
        if share >= 0.7:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return encoding
    return None


def _char_weight(char: str) -> float:
    if "а" <= char <= "я" or char == "ё":
        return 1.0
    if "А" <= char <= "Я" or char == "Ё":
        return 0.3
    return 0.2 if char in RUSSIAN_PUNCTUATION else 0.0


def _russian_score(text: str) -> float:
    """How Russian the non-ASCII characters look: mostly lowercase Cyrillic -> near 1."""
    wide = [char for char in text if ord(char) > 127]
    return sum(map(_char_weight, wide)) / len(wide) if wide else 0.0


def _decoded_score(data: bytes, encoding: str) -> float:
    try:
        return _russian_score(data.decode(encoding))
    except (UnicodeDecodeError, LookupError):
        return -1.0


def _guess_encoding(data: bytes) -> str:
    """charset-normalizer's guess, unless cp1251 or KOI8-R reads as clearly better Russian."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    score, encoding = max((_decoded_score(data, name), name) for name in CYRILLIC_ENCODINGS)
    if best is None and score < MIN_RUSSIAN_SCORE:
        raise DecodeError("binary file")
    if best is None:
        return encoding
    if score < MIN_RUSSIAN_SCORE or _decoded_score(data, best.encoding) > score + 0.1:
        return best.encoding
    return encoding


def _looks_binary(text: str) -> bool:
    controls = sum(ord(char) < 32 and char not in "\n\r\t\f\v" for char in text)
    return controls > max(2, len(text) // 100)


def detect_encoding(data: bytes) -> str:
    """BOM, then UTF-16 by byte pattern, then strict UTF-8, then charset-normalizer."""
    encoding = _bom_encoding(data) or _utf16_encoding(data)
    if encoding:
        return encoding
    if b"\x00" in data:
        raise DecodeError("binary file")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return _guess_encoding(data)
    return "utf-8"


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Bytes -> str; raises DecodeError('binary file' or why it cannot be decoded)."""
    encoding = encoding or detect_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise DecodeError(f"cannot decode as {encoding}: {error}") from None
    if _looks_binary(text):
        raise DecodeError("binary file")
    return text


# --- field lookup ---------------------------------------------------------------------------


def _key(name: object) -> str:
    return str(name).strip().lstrip("\ufeff").lower()


def find_fields(names: Iterable[object], options: Options) -> dict[str, object]:
    """Map our fields (text, title, ...) to the given column names; explicit options win."""
    by_key = {_key(name): name for name in names}
    found = {}
    for name, candidates in FIELD_NAMES.items():
        explicit = options.columns.get(name)
        keys = (_key(explicit),) if explicit else candidates
        for key in keys:
            if key in by_key:
                found[name] = by_key[key]
                break
    return found


def _missing_text_reason(names: Iterable[object], options: Options, kind: str = "column") -> str:
    found = ", ".join(repr(str(name)) for name in names)
    explicit = options.columns.get("text")
    if explicit:
        return f"text_column={explicit!r} not found; {kind}s: {found}"
    return f"no text {kind} ({kind}s: {found}); pass text_column= to name it"


def record_from_mapping(item: dict, fields: dict, path: str, stem: str, row: int) -> Record:
    values = {name: item.get(column) for name, column in fields.items()}
    return Record(text=values.pop("text", None), path=path, stem=stem, row=row, **values)


# --- readers --------------------------------------------------------------------------------


def read_txt(data: bytes, path: str, stem: str, options: Options) -> Iterator[Record | Skip]:
    yield Record(text=decode_bytes(data, options.encoding), path=path, stem=stem)


def read_md(data: bytes, path: str, stem: str, options: Options) -> Iterator[Record | Skip]:
    text = decode_bytes(data, options.encoding)
    match = re.match(r"\s*#[^\S\n]+(.+)", text.lstrip("\ufeff"))
    title = match.group(1).strip().rstrip("#").strip() if match else None
    yield Record(text=text, path=path, stem=stem, title=title)


class _HTMLText(HTMLParser):
    """Collect visible text (block elements -> line breaks), <title>, <h1> and the URL."""

    DROPPED = {"script", "style", "noscript", "template", "head", "svg"}
    BLOCKS = {
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
        "tr", "ul", "ol", "table", "blockquote", "header", "footer", "main", "pre", "hr",
        "dd", "dt", "figcaption", "figure", "aside", "nav", "form", "address",
    }  # fmt: skip
    VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "wbr", "source"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[str] = []
        self.title: list[str] = []
        self.h1: list[str] = []
        self.url: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = {key: value or "" for key, value in attrs}
        if tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self.url = attributes.get("href") or self.url
        if tag == "meta" and attributes.get("property") == "og:url" and not self.url:
            self.url = attributes.get("content") or None
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if "pre" not in self.stack:
            data = re.sub(r"[ \t\n\r\f\v]+", " ", data)
        if "title" in self.stack:
            self.title.append(data)
        elif self.DROPPED & set(self.stack):
            return
        else:
            if "h1" in self.stack:
                self.h1.append(data)
            self.parts.append(data)


def _clean_lines(text: str) -> str:
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def read_html(data: bytes, path: str, stem: str, options: Options) -> Iterator[Record | Skip]:
    parser = _HTMLText()
    parser.feed(decode_bytes(data, options.encoding or _html_charset(data)))
    parser.close()
    text = _clean_lines("".join(parser.parts))
    if not text:
        yield Skip(path, "no body text in HTML")
        return
    title = _clean_lines(" ".join(parser.title)) or _clean_lines(" ".join(parser.h1)) or None
    yield Record(text=text, path=path, stem=stem, title=title, url=parser.url)


def _html_charset(data: bytes) -> str | None:
    """A charset declared in <meta> when the bytes are not UTF-8 (windows-1251 pages)."""
    if _bom_encoding(data):
        return None
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    match = re.search(rb"charset\s*=\s*[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    return match.group(1).decode("ascii") if match else None


def _sniff_delimiter(text: str, suffix: str) -> str:
    sample = text[:20000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=TABLE_DELIMITERS).delimiter
    except csv.Error:
        pass
    if suffix == ".tsv":
        return "\t"
    header = sample.split("\n", 1)[0]
    return max(TABLE_DELIMITERS, key=header.count)


def read_table(data: bytes, path: str, stem: str, options: Options) -> Iterator[Record | Skip]:
    """CSV/TSV; rows are numbered from 1 after the header: 'news.csv:1' is the first row."""
    text = normalize_text(decode_bytes(data, options.encoding))
    delimiter = _sniff_delimiter(text, _inner_suffix(path))
    csv.field_size_limit(2**31 - 1)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    names = reader.fieldnames or []
    fields = find_fields(names, options)
    if "text" not in fields:
        yield Skip(path, _missing_text_reason(names, options))
        return
    for row, item in enumerate(reader, start=1):
        yield record_from_mapping(item, fields, f"{path}:{row}", stem, row)


def read_parquet(data: bytes, path: str, stem: str, options: Options) -> Iterator[Record | Skip]:
    """Parquet; rows are numbered from 1: 'news.parquet:1' is the first row."""
    frame = pd.read_parquet(io.BytesIO(data))
    fields = find_fields(frame.columns, options)
    if "text" not in fields:
        yield Skip(path, _missing_text_reason(frame.columns, options))
        return
    for row, item in enumerate(frame.to_dict("records"), start=1):
        yield record_from_mapping(item, fields, f"{path}:{row}", stem, row)


def _json_items(item: object, path: str, stem: str, options: Options, row: int):
    if not isinstance(item, dict):
        return Skip(path, f"not a JSON object ({type(item).__name__})")
    fields = find_fields(item, options)
    if "text" not in fields:
        return Skip(path, _missing_text_reason(item, options, "field"))
    return record_from_mapping(item, fields, path, stem, row)


def read_jsonl(data: bytes, path: str, stem: str, options: Options) -> Iterator[Record | Skip]:
    """JSON Lines; 'news.jsonl:3' is the 3rd line of the file (blank lines are counted)."""
    text = normalize_text(decode_bytes(data, options.encoding))
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skip(where, f"malformed JSON: {error.msg} (column {error.colno})")
            continue
        yield _json_items(item, where, stem, options, number)


def _json_list(document: object) -> list | None:
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in JSON_LIST_KEYS:
            if isinstance(document.get(key), list):
                return document[key]
    return None


def read_json(data: bytes, path: str, stem: str, options: Options) -> Iterator[Record | Skip]:
    """A list of objects, {'articles': [...]} (or items/data/documents), or one object."""
    try:
        document = json.loads(decode_bytes(data, options.encoding))
    except json.JSONDecodeError as error:
        yield Skip(path, f"malformed JSON: {error.msg} (line {error.lineno})")
        return
    items = _json_list(document)
    if items is None:
        yield _json_items(document, path, stem, options, 1)
        return
    for index, item in enumerate(items, start=1):
        yield _json_items(item, f"{path}:{index}", stem, options, index)


READERS = {
    ".txt": read_txt,
    ".md": read_md,
    ".markdown": read_md,
    ".html": read_html,
    ".htm": read_html,
    ".csv": read_table,
    ".tsv": read_table,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".parquet": read_parquet,
}


# --- files ----------------------------------------------------------------------------------


def _inner_suffix(name: str) -> str:
    """'a.txt' -> '.txt', 'a.jsonl.gz' -> '.jsonl', 'a' -> ''."""
    suffixes = [suffix.lower() for suffix in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _stem(path: Path) -> str:
    name = path.name
    suffix = _inner_suffix(name)
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return name[: len(name) - len(suffix)] if suffix else name


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def list_files(paths: Iterable[str | Path], recursive: bool = True) -> Iterator[Path]:
    """Files under the given paths in sorted order; hidden files and folders left out."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise FileNotFoundError(f"No such file or directory: {str(given)!r}")
        if path.is_file():
            yield path
            continue
        found = path.rglob("*") if recursive else path.glob("*")
        yield from sorted(p for p in found if p.is_file() and not _hidden(p, path))


def read_file(path: Path, options: Options) -> Iterator[Record | Skip]:
    """Records of one file; problems become Skips, never exceptions."""
    name = str(path)
    suffix = _inner_suffix(path.name)
    reader = READERS.get(suffix)
    if reader is None:
        if path.name.lower() not in SILENTLY_IGNORED:
            yield Skip(name, f"unsupported extension {suffix or '(none)'}")
        return
    try:
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = gzip.decompress(data)
        if not data.strip():
            yield Skip(name, "empty file" if not data else "whitespace-only file")
            return
        yield from reader(data, name, _stem(path), options)
    except DecodeError as error:
        yield Skip(name, str(error))
    except Exception as error:  # noqa: BLE001 - one bad file must not stop a folder
        yield Skip(name, f"cannot read: {type(error).__name__}: {error}")


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
QUOTE_SPEECH = re.compile(r"^[«\"„“].*[»\"“”][,.]?\s*[-\u2013\u2014]")


def guess_title(text: str) -> str | None:
    """First line of a plain-text article when it looks like a headline, else None."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    first = lines[0]
    if len(first) > 200 or first.endswith(HEADLINE_ENDS) or QUOTE_SPEECH.match(first):
        return None
    if find_dateline(first):
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


def file_year(path: str) -> int | None:
    """Year of a YYYY-MM-DD or YYYYMMDD date in the file name: '2022-06-23-x.txt' -> 2022."""
    name = Path(path.rsplit(":", 1)[0] if re.search(r":\d+$", path) else path).name
    for match in FILE_DATE.finditer(name):
        year, month, day = (int(group) for group in match.groups())
        if _timestamp(year, month, day):
            return year
    return None


@dataclass
class Notes:
    """What went unknown while building rows, reported in warnings at the end."""

    skipped: list[tuple[str, str]] = field(default_factory=list)
    no_year: list[str] = field(default_factory=list)
    bad_dates: dict[str, str] = field(default_factory=dict)


def resolve_date(record: Record, text: str, dateline, options: Options, notes: Notes):
    """Date from the data, then the dateline (+ year= / file name), then the lead."""
    raw = record.date if isinstance(record.date, datetime) else _string(record.date)
    raw = None if _missing(raw) else raw
    if raw is not None:
        stamp = parse_date(raw)
        if stamp is None:
            notes.bad_dates.setdefault(str(raw), record.path)
        return stamp
    if dateline and dateline.month:
        year = dateline.year or options.year or file_year(record.path)
        if year is None:
            notes.no_year.append(record.path)
            return None
        return _timestamp(year, dateline.month, dateline.day)
    found = find_full_date(text)
    return _timestamp(found.year, found.month, found.day) if found else None


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
    dateline = find_dateline(text)
    title = _string(record.title)
    if title is None and record.row is None and _inner_suffix(record.path) in (".txt", ".md"):
        title = guess_title(text)
    return {
        "article_id": article_id(record, text),
        "title": title,
        "date": resolve_date(record, text, dateline, options, notes),
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
