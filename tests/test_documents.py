"""Word, RTF and PDF files made from the seed article load and analyse like its .txt;
agency exports (headline, timestamp, rubric above the dateline) give date, city, source."""

import warnings
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.io.documents import join_hyphenated, join_lines
from helpers.io.load import LoadWarning, load_articles
from helpers.io.text import find_lead_dateline, find_lead_timestamp, find_timestamp

SEED_NAME = "2022-06-23-shoigu-kazakhstan"
TITLE = "Шойгу обсудил с казахстанским коллегой единую систему ПВО"


def load_quietly(path, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LoadWarning)
        return load_articles(path, **options)


@pytest.fixture(scope="module")
def paragraphs(seed_text) -> list[str]:
    return [line for line in seed_text.splitlines() if line.strip()]


# --- writing the documents ------------------------------------------------------------------


def write_docx(path: Path, paragraphs: list[str]) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(path)
    return path


def rtf_escape(text: str) -> str:
    """Word's RTF: ASCII as is, Cyrillic as \\'xx in cp1251, the rest as \\uN?."""
    out = []
    for char in text:
        if char in "\\{}":
            out.append("\\" + char)
        elif ord(char) < 128:
            out.append(char)
        else:
            try:
                out.append("".join(f"\\'{byte:02x}" for byte in char.encode("cp1251")))
            except UnicodeEncodeError:
                out.append(f"\\u{ord(char)}?")
    return "".join(out)


def write_rtf(path: Path, paragraphs: list[str]) -> Path:
    body = "\n".join(f"\\pard {rtf_escape(p)}\\par" for p in paragraphs)
    path.write_bytes(
        (
            "{\\rtf1\\ansi\\ansicpg1251\\deff0\\deflang1049"
            "{\\fonttbl{\\f0\\froman\\fcharset204 Times New Roman;}}"
            f"{{\\info{{\\title {rtf_escape(TITLE)}}}{{\\author \\'d2\\'c0\\'d1\\'d1}}}}\n"
            f"\\f0\\fs24\n{body}\n}}"
        ).encode("ascii")
    )
    return path


def write_pdf(path: Path, paragraphs: list[str]) -> Path:
    from fpdf import FPDF
    from matplotlib import font_manager

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=font_manager.findfont("DejaVu Sans"))
    pdf.set_title(TITLE)
    pdf.add_page()
    pdf.set_font("DejaVu", size=14)
    pdf.multi_cell(0, 8, TITLE)
    pdf.set_font("DejaVu", size=11)
    for paragraph in paragraphs:
        pdf.ln(3)
        pdf.multi_cell(0, 6, paragraph)
    pdf.output(str(path))
    return path


WRITERS = {".docx": write_docx, ".rtf": write_rtf, ".pdf": write_pdf}


@pytest.fixture(scope="module")
def txt_corpus(seed_text):
    articles = load_quietly(Path(__file__).parents[1] / "data" / "raw")
    return articles, helpers.analyze(articles, cache_dir=None, progress=False)


@pytest.fixture(scope="module", params=sorted(WRITERS))
def document(request, tmp_path_factory, paragraphs):
    suffix = request.param
    path = WRITERS[suffix](tmp_path_factory.mktemp("docs") / f"{SEED_NAME}{suffix}", paragraphs)
    articles = load_quietly(path)
    return suffix, articles, helpers.analyze(articles, cache_dir=None, progress=False)


# --- the seed as .docx, .rtf, .pdf ----------------------------------------------------------


def test_document_gives_title_and_dateline(document):
    suffix, articles, _ = document
    row = articles.iloc[0]
    assert len(articles) == 1
    assert row["title"] == TITLE
    assert (row["city"], row["source"]) == ("Москва", "ТАСС")
    assert row["date"] == pd.Timestamp("2022-06-23")
    assert row["text"].startswith("МОСКВА, 23 июня. /ТАСС/. Совершенствование")


def test_document_text_keeps_words_and_paragraphs(document, txt_corpus):
    suffix, articles, _ = document
    text, seed = articles.iloc[0]["text"], txt_corpus[0].iloc[0]["text"]
    assert "военно-техническое сотрудничество" in text
    assert "Армия-2022" in text
    assert text.split("\n") == seed.split("\n")


def test_document_analysis_finds_shoigu_and_his_quotes(document, txt_corpus):
    _, _, corpus = document
    _, seed_corpus = txt_corpus
    people = set(corpus.entities.loc[corpus.entities["type"] == "PER", "name"])
    assert "Сергей Шойгу" in people

    def direct(quotes):
        quotes = quotes[quotes["kind"] == "direct"]
        return sorted(zip(quotes["text"], quotes["speaker"], strict=True))

    found = direct(corpus.quotes)
    assert found == direct(seed_corpus.quotes)
    assert sum(speaker == "Сергей Шойгу" for _, speaker in found) >= 4


@pytest.mark.parametrize(
    "rtf",
    [
        # no code page declared: Russian Word's cp1251
        b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 \\'cc\\'ee\\'f1\\'ea\\'e2\\'e0\\par}",
        # a Western code page with a Cyrillic font (charset 204): the font's code page wins
        b"{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\fswiss\\fcharset204 Arial;}}"
        b"\\f0 \\'cc\\'ee\\'f1\\'ea\\'e2\\'e0\\par}",
        # Unicode escapes with a fallback character each
        b"{\\rtf1\\ansi\\ansicpg1251\\uc1 \\u1052?\\u1086?\\u1089?\\u1082?\\u1074?\\u1072?\\par}",
    ],
)
def test_rtf_code_pages_decode_to_cyrillic(tmp_path, rtf):
    path = tmp_path / "note.rtf"
    path.write_bytes(rtf)
    assert load_quietly(path)["text"].tolist() == ["Москва"]


def test_scanned_pdf_is_skipped_with_the_reason(tmp_path, paragraphs):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # an image-like page: no text layer
    pdf.output(str(tmp_path / "scan.pdf"))
    write_docx(tmp_path / f"{SEED_NAME}.docx", paragraphs)
    articles = load_quietly(tmp_path)
    assert len(articles) == 1
    reasons = dict(articles.attrs["skipped"])
    assert "text layer" in reasons[str(tmp_path / "scan.pdf")]


def test_broken_document_is_skipped_not_raised(tmp_path, paragraphs):
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    write_rtf(tmp_path / f"{SEED_NAME}.rtf", paragraphs)
    articles = load_quietly(tmp_path)
    assert len(articles) == 1
    assert "cannot read" in dict(articles.attrs["skipped"])[str(tmp_path / "broken.docx")]


# --- PDF lines back into paragraphs ---------------------------------------------------------


@pytest.mark.parametrize(
    "head, tail, joined",
    [
        ("военно", "техническое", "военно-техническое"),
        ("по", "прежнему", "по-прежнему"),
        ("экс", "министр", "экс-министр"),
        ("противо", "речие", "противоречие"),
        ("Казах", "стана", "Казахстана"),
        ("Жаксы", "лыковым", "Жаксылыковым"),
        ("пере", "говоры", "переговоры"),
    ],
)
def test_hyphen_at_line_end(head, tail, joined):
    assert join_hyphenated(head, tail) == joined


def test_wrapped_lines_become_paragraphs():
    lines = [
        "Совершенствование единой системы ПВО, а также военно-",
        "техническое сотрудничество являются ключевыми направлениями противо-",
        "речия не было, заявил министр.",
        "Министр обороны РФ высоко оценил взаимодействие с коллегами, в том числе в",
        "рамках ОДКБ, а также с коллегами из Санкт-",
        "Петербурга и из Ростова-",
        "на-Дону; за\u00ad",
        "явление было принято.",
        "",
        "3",
    ]
    assert join_lines(lines) == [
        "Совершенствование единой системы ПВО, а также военно-техническое сотрудничество "
        "являются ключевыми направлениями противоречия не было, заявил министр.",
        "Министр обороны РФ высоко оценил взаимодействие с коллегами, в том числе в рамках ОДКБ, "
        "а также с коллегами из Санкт-Петербурга и из Ростова-на-Дону; заявление было принято.",
    ]


# --- agency exports: headline, timestamp, rubric, dateline ----------------------------------

EXPORTS = {
    "ria.txt": (
        "Россия и Грузия обменялись заявлениями\r\n"
        "04/08/2008 12:08\r\n"
        "Тема: Кавказ\r\n"
        "МОСКВА, 4 авг - РИА Новости. Министр иностранных дел заявил журналистам, "
        "что переговоры продолжатся.\r\n"
    ),
    "interfax.txt": (
        "Посол вызван в МИД\r\n"
        "13:52 04.02.2013\r\n"
        "Москва. 4 февраля. INTERFAX - Посла пригласили в министерство, сообщили в МИД.\r\n"
    ),
    "tass.txt": (
        "Шойгу провел переговоры с коллегой из Казахстана\r\n"
        "\r\n"
        "4 августа 2008, 12:08\r\n"
        "Рубрика: Армия\r\n"
        "\r\n"
        "ЕКАТЕРИНБУРГ, 4 августа. /ТАСС/. Министр обороны прибыл на Урал.\r\n"
    ),
    "december.txt": (
        "Итоги года\r\n01.01.2009 00:10\r\nМОСКВА, 31 декабря. /ТАСС/. Год закончился.\r\n"
    ),
}


@pytest.mark.parametrize(
    "name, title, date, city, source",
    [
        (
            "ria.txt",
            "Россия и Грузия обменялись заявлениями",
            "2008-08-04",
            "Москва",
            "РИА Новости",
        ),
        ("interfax.txt", "Посол вызван в МИД", "2013-02-04", "Москва", "Интерфакс"),
        (
            "tass.txt",
            "Шойгу провел переговоры с коллегой из Казахстана",
            "2008-08-04",
            "Екатеринбург",
            "ТАСС",
        ),
        ("december.txt", "Итоги года", "2008-12-31", "Москва", "ТАСС"),
    ],
)
def test_agency_export_gives_date_city_source(tmp_path, name, title, date, city, source):
    path = tmp_path / name
    path.write_bytes(EXPORTS[name].encode("cp1251"))
    row = load_articles(path).iloc[0]  # no LoadWarning: the year comes from the timestamp
    assert (row["title"], row["date"], row["city"], row["source"]) == (
        title,
        pd.Timestamp(date),
        city,
        source,
    )


def test_lead_dateline_offsets_point_into_the_text():
    text = "Посол вызван в МИД\n13:52 04.02.2013\nМосква. 4 февраля. INTERFAX - Текст."
    dateline = find_lead_dateline(text)
    assert text[dateline.start : dateline.stop] == "Москва. 4 февраля. INTERFAX - "
    stamp = find_lead_timestamp(text, dateline.start)
    assert text[stamp.start : stamp.stop] == "13:52 04.02.2013"


@pytest.mark.parametrize(
    "line, parts",
    [
        ("04/08/2008 12:08", (4, 8, 2008, 12, 8)),
        ("13:52 04.02.2013", (4, 2, 2013, 13, 52)),
        ("4 августа 2008, 12:08", (4, 8, 2008, 12, 8)),
        ("2024-12-03 09:30", (3, 12, 2024, 9, 30)),
        ("Опубликовано: 23 июня 2022 г.", (23, 6, 2022, None, None)),
    ],
)
def test_timestamp_lines(line, parts):
    stamp = find_timestamp(line)
    assert (stamp.day, stamp.month, stamp.year, stamp.hour, stamp.minute) == parts


@pytest.mark.parametrize(
    "line", ["В 12:08 начались переговоры", "Москва 12:08", "31/02/2008", "04/08/2008 25:00"]
)
def test_not_timestamp_lines(line):
    assert find_timestamp(line) is None


def test_dateline_below_a_long_paragraph_is_not_read():
    text = "Очень длинный абзац. " * 20 + "\nМОСКВА, 4 авг - РИА Новости. Текст."
    assert find_lead_dateline(text) is None


def test_file_name_date_when_the_text_has_none(tmp_path):
    (tmp_path / "2024-12-03-zametka.txt").write_text("Заметка без даты.\nВторая строка.")
    (tmp_path / "zametka.txt").write_text("Заметка без даты.\nВторая строка!")
    articles = load_quietly(tmp_path).set_index("path")
    assert articles.loc[str(tmp_path / "2024-12-03-zametka.txt"), "date"] == pd.Timestamp(
        "2024-12-03"
    )
    assert pd.isna(articles.loc[str(tmp_path / "zametka.txt"), "date"])


@pytest.mark.parametrize(
    "head",
    ["", "Шойгу встретился с коллегой из Казахстана\r\n04/08/2008 12:08\r\nТема: Оборона\r\n"],
    ids=["dateline-first", "headline-timestamp-rubric"],
)
def test_dateline_below_a_headline_is_marked_in_the_analysis(head):
    text = head + "МОСКВА, 4 августа. /ТАСС/. Сергей Шойгу прибыл в Астану, сообщил Минобороны."
    result = helpers.analyze_text(text)
    dateline = text.index("МОСКВА")
    tokens = result.tokens
    in_dateline = tokens[(tokens.start >= dateline) & (tokens.start < text.index("Сергей"))]
    assert (in_dateline.is_stop | in_dateline.is_punct).all() and len(in_dateline) >= 5
    assert not tokens[tokens.text == "Шойгу"].is_stop.any()
    marked = result.entities[result.entities.in_dateline]
    assert set(marked.text) <= {"МОСКВА", "ТАСС"} and len(marked) >= 1
    if head:
        headline = tokens[tokens.stop <= text.index("\r")]
        assert not headline[headline.text == "Шойгу"].is_stop.any()
