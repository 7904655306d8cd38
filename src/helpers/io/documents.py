"""Readers of the files a newsroom keeps: Word (.docx), RTF and PDF (its text layer).

Each gives one `Record`: paragraphs one a line, the title from the first heading or the
document's metadata (that paragraph then leaves the text). PDF lines wrapped by the
layout are joined back into paragraphs, and a hyphen at a line end is kept only where
it belongs to the word (`военно-\\nтехническое` -> `военно-техническое`,
`противо-\\nречие` -> `противоречие`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .decode import DecodeError, russian_score
from .records import Options, Record, Skip

# Word's built-in heading styles (python-docx gives their English names in any UI language)
TITLE_STYLES = ("title", "heading", "заголовок", "название")
# RTF: \ansicpgNNNN is the document's code page; Russian Word writes 1251
RTF_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")
RTF_TITLE = re.compile(r"\{\\title\s+((?:[^{}\\]|\\[^{}])*)\}")
DEFAULT_CODE_PAGE = "cp1251"
# PDF: a line this much shorter than the page's long lines ends a paragraph
SHORT_LINE = 0.8
PARAGRAPH_GAP = 1.3  # ... and so does a gap this much wider than the usual one between lines
INDENT = 4.0  # points: an indented line starts a paragraph
SAME_LINE = 0.5  # points: text drawn this close to a line's baseline belongs to that line
PAGE_NUMBER = re.compile(r"^\s*(?:[-\u2013\u2014]\s*)?\d{1,4}(?:\s*[-\u2013\u2014])?\s*$")
WORD_BREAK = re.compile(r"([A-Za-zА-Яа-яЁё]+)([-\u2010\u00ad])$")  # hyphen, or a soft one
NEXT_WORD = re.compile(r"^([A-Za-zА-Яа-яЁё]+)")


def _paragraphs_text(paragraphs: list[str], title: str | None) -> str:
    """Paragraphs one a line, blank ones left out; a first paragraph equal to the title
    leaves the text (it is the title)."""
    paragraphs = [p.strip() for p in paragraphs if p.strip()]
    if title and paragraphs and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]
    return "\n".join(paragraphs)


# --- Word -----------------------------------------------------------------------------------


def _is_heading(paragraph) -> bool:
    name = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    return name.startswith(TITLE_STYLES)


def read_docx(data: bytes, path: str, stem: str, options: Options) -> Iterator[Record | Skip]:
    """Word 2007+: body paragraphs; the title is a first heading, else the core title."""
    import docx

    document = docx.Document(io.BytesIO(data))
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    title = None
    if paragraphs and _is_heading(paragraphs[0]):
        title = paragraphs[0].text.strip()
    title = title or (document.core_properties.title or "").strip() or None
    text = _paragraphs_text([p.text for p in paragraphs], title)
    if not text:
        yield Skip(path, "no text in Word document")
        return
    yield Record(text=text, path=path, stem=stem, title=title)


# --- RTF ------------------------------------------------------------------------------------


def _rtf_code_page(data: bytes) -> str:
    match = RTF_CODE_PAGE.search(data[:4096])
    return f"cp{int(match.group(1))}" if match else DEFAULT_CODE_PAGE


def _rtf_text(rtf: str, code_page: str) -> str:
    from striprtf.striprtf import rtf_to_text

    return rtf_to_text(rtf, encoding=code_page, errors="replace")


def _rtf_title(rtf: str, code_page: str) -> str | None:
    match = RTF_TITLE.search(rtf)
    if not match:
        return None
    number = code_page[2:] if code_page[2:].isdigit() else DEFAULT_CODE_PAGE[2:]
    title = _rtf_text(rf"{{\rtf1\ansi\ansicpg{number} {match.group(1)}}}", code_page)
    return " ".join(title.split()) or None


def read_rtf(data: bytes, path: str, stem: str, options: Options) -> Iterator[Record | Skip]:
    """RTF: `\\'xx` escapes in the document's code page (cp1251 in Russian Word), `\\uN`
    characters; the title from the document's info group."""
    if not data.lstrip().startswith(b"{\\rtf"):
        raise DecodeError("not an RTF file")
    code_page = options.encoding or _rtf_code_page(data)
    rtf = data.decode(code_page, errors="replace")  # RTF is 7-bit; stray 8-bit bytes too
    text = _rtf_text(rtf, code_page)
    if russian_score(text) < 0.5 and code_page != DEFAULT_CODE_PAGE:
        other = _rtf_text(data.decode(DEFAULT_CODE_PAGE, errors="replace"), DEFAULT_CODE_PAGE)
        if russian_score(other) > russian_score(text):  # cp1252 declared, Cyrillic bytes
            text, code_page = other, DEFAULT_CODE_PAGE
    title = _rtf_title(rtf, code_page)
    text = _paragraphs_text(text.split("\n"), title)
    if not text:
        yield Skip(path, "no text in RTF document")
        return
    yield Record(text=text, path=path, stem=stem, title=title)


# --- PDF ------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def known_word(word: str) -> bool:
    """A word in pymorphy3's dictionary: 'противоречие' -> True, 'противо' -> False."""
    return _analyzer().word_is_known(word.lower())


def join_hyphenated(head: str, tail: str, is_word: Callable[[str], bool] = known_word) -> str:
    """Join a word broken at a line end. The hyphen stays when the hyphenated form is a word
    (`военно-` + `техническое`, `по-` + `прежнему`), or when the joined form is none but both
    halves are (`экс-` + `министр`); else it goes (`противо-` + `речие` -> `противоречие`,
    unknown names: `Жаксы-` + `лыковым` -> `Жаксылыковым`)."""
    if is_word(f"{head}-{tail}"):
        return f"{head}-{tail}"
    if is_word(head + tail):
        return head + tail
    return f"{head}-{tail}" if is_word(head) and is_word(tail) else head + tail


def _join_line(paragraph: str, line: str, is_word: Callable[[str], bool]) -> str:
    broken = WORD_BREAK.search(paragraph)
    following = NEXT_WORD.match(line)
    if not (broken and following):
        return f"{paragraph} {line}"
    head, tail = broken.group(1), following.group(1)
    joined = head + tail if broken.group(2) == "\u00ad" else join_hyphenated(head, tail, is_word)
    return paragraph[: broken.start()] + joined + line[following.end() :]


@dataclass
class Line:
    """One line of a PDF page: its text, and where it starts (points) when known."""

    text: str
    x: float | None = None
    y: float | None = None


def _ends_paragraph(line: str, width: int) -> bool:
    return len(line) < SHORT_LINE * width and not WORD_BREAK.search(line)


def _median(values: list[float]) -> float | None:
    values = sorted(values)
    return values[len(values) // 2] if values else None


def _layout(lines: list[Line]) -> tuple[float | None, float | None]:
    """(usual distance between lines, left margin) of the lines with positions."""
    placed = [line for line in lines if line.y is not None]
    gaps = [a.y - b.y for a, b in zip(placed, placed[1:], strict=False) if a.y - b.y > 0]
    left = min((line.x for line in placed), default=None)
    return _median(gaps), left


def _starts_paragraph(previous: Line | None, line: Line, gap: float | None, left) -> bool:
    """A wider gap above the line (paragraph spacing) or an indented first line."""
    if previous is None or line.y is None or previous.y is None:
        return False
    above = previous.y - line.y
    return bool(gap and above > PARAGRAPH_GAP * gap) or line.x - left > INDENT


def join_lines(lines: list[Line | str], is_word: Callable[[str], bool] = known_word) -> list[str]:
    """Lines of a PDF -> paragraphs. A paragraph ends at a blank line, a line clearly
    shorter than the full ones, a wider gap or an indent; other lines continue it
    (hyphenated words joined). Runs of spaces (justified text) become one."""
    lines = [Line(line) if isinstance(line, str) else line for line in lines]
    for line in lines:
        line.text = " ".join(line.text.split())
    widths = sorted(len(line.text) for line in lines if line.text)
    width = widths[int(len(widths) * 0.9)] if widths else 0
    gap, left = _layout(lines)
    paragraphs: list[str] = []
    current, previous = "", None
    for line in lines:
        if not line.text or PAGE_NUMBER.match(line.text):
            paragraphs.append(current)
            current, previous = "", None
            continue
        if current and _starts_paragraph(previous, line, gap, left):
            paragraphs.append(current)
            current = ""
        current = _join_line(current, line.text, is_word) if current else line.text
        previous = line
        if _ends_paragraph(line.text, width):
            paragraphs.append(current)
            current = ""
    paragraphs.append(current)
    return [paragraph for paragraph in paragraphs if paragraph]


def page_lines(page) -> list[Line]:
    """The text lines of a pypdf page with where each starts, when the text operators'
    positions match the extracted lines one to one (else the lines alone)."""
    starts: list[tuple[float, float]] = []

    def visit(text, cm, tm, font, size):
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if not starts or abs(y - starts[-1][1]) > SAME_LINE:
            starts.append((x, y))

    texts = (page.extract_text(visitor_text=visit) or "").split("\n")
    if len(starts) != sum(bool(text.strip()) for text in texts):
        return [Line(text) for text in texts]
    positions = iter(starts)
    return [Line(text, *next(positions)) if text.strip() else Line(text) for text in texts]


def _pdf_title(reader) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # noqa: BLE001 - broken metadata leaves the title unknown
        return None
    return " ".join(str(title).split()) or None if title else None


def read_pdf(data: bytes, path: str, stem: str, options: Options) -> Iterator[Record | Skip]:
    """PDF text layer: lines joined into paragraphs across pages; the title from the
    metadata. A scan without a text layer is skipped with that reason."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")
    lines = [line for page in reader.pages for line in page_lines(page)]
    if not any(line.text.strip() for line in lines):
        yield Skip(path, "scanned PDF without a text layer (run OCR first)")
        return
    title = _pdf_title(reader)
    text = _paragraphs_text(join_lines(lines), title)
    yield Record(text=text, path=path, stem=stem, title=title)
