"""Readers: one per file format, bytes -> `Record`s (or `Skip`s with the reason).

Plain text, Markdown, HTML, CSV/TSV, JSON/JSON Lines and Parquet here; Word, RTF and
PDF in `documents`. `read_file` picks the reader by extension and never raises.
"""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from .decode import DecodeError, bom_encoding, decode_bytes
from .documents import read_docx, read_pdf, read_rtf
from .records import Options, Record, Skip
from .text import normalize_text

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
    text, title = values.pop("text", None), values.pop("title", None)
    return Record(
        text=html_cell(text), title=html_cell(title), path=path, stem=stem, row=row, **values
    )


# a tag of running text, a character reference: a cell of a site's dump kept as HTML
TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|u|em|strong|li|ul|ol|h[1-6]|blockquote|q)\b[^<>]{0,300}>",
    re.IGNORECASE,
)
ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", re.IGNORECASE)


def html_cell(value: object) -> object:
    """A text cell with HTML markup as the text a browser shows (`&laquo;Q&raquo;, &mdash;
    сказал он.<br>Дальше` -> `«Q», — сказал он.` and a new line; with references only, its
    line breaks kept), else as it is: quotation marks and dashes written as references are
    what the quote rules read."""
    if not isinstance(value, str) or not (TAG.search(value) or ENTITY.search(value)):
        return value
    if not TAG.search(value):
        return html.unescape(value)
    parser = _HTMLText()
    parser.feed(value)
    parser.close()
    return _clean_lines("".join(parser.parts))


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
    if bom_encoding(data):
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
    delimiter = _sniff_delimiter(text, inner_suffix(path))
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


Reader = Callable[[bytes, str, str, Options], Iterator[Record | Skip]]

READERS: dict[str, Reader] = {
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
    ".docx": read_docx,
    ".rtf": read_rtf,
    ".pdf": read_pdf,
}


# --- files ----------------------------------------------------------------------------------


def inner_suffix(name: str) -> str:
    """'a.txt' -> '.txt', 'a.jsonl.gz' -> '.jsonl', 'a' -> ''."""
    suffixes = [suffix.lower() for suffix in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _stem(path: Path) -> str:
    name = path.name
    suffix = inner_suffix(name)
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
    suffix = inner_suffix(path.name)
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
