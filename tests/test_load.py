import gzip
import json
import random
import shutil
import warnings

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.io.load import ARTICLE_COLUMNS, LoadWarning, load_articles
from helpers.io.text import Dateline, find_dateline, fold_text, normalize_text

TASS = (
    "МОСКВА, 23 июня. /ТАСС/. Министр обороны высоко оценил взаимодействие с казахстанскими "
    "коллегами, в том числе в рамках ОДКБ, СНГ и ШОС.\n"
    "По его словам, в российском военном ведомстве рассматривают Казахстан в качестве "
    "основного стратегического союзника."
)
ARTICLE = (
    "Госдума планирует разрешить беспилотные автомобили\n"
    "В среду, 30 марта 2016 года, в Госдуме России прошёл круглый стол о нормативно-правовом "
    "регулировании применения беспилотных систем в РФ.\n"
    "Участники круглого стола предложили считать беспилотным транспортным средством "
    "«механическое транспортное средство»,\u00a0— сказал депутат."
)


def load_quietly(path, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LoadWarning)
        return load_articles(path, **options)


def load_warnings(path, **options):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = load_articles(path, **options)
    return frame, [w for w in caught if issubclass(w.category, LoadWarning)]


def first_paragraph(path, minimum=300):
    """The first paragraph of a real text at least `minimum` characters long."""
    text = path.read_text(encoding="utf-8")
    paragraphs = [line for line in text.split("\n") if len(line) >= minimum]
    return paragraphs[0]


# --- text helpers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "МОСКВА, 23 июня. /ТАСС/. Текст",
            Dateline(0, 25, "Москва", 23, 6, None, "ТАСС"),
        ),
        (
            "МОСКВА, 4 авг - РИА Новости. Текст",
            Dateline(0, 29, "Москва", 4, 8, None, "РИА Новости"),
        ),
        (
            "МОСКВА, 4\u00a0августа\u00a0— РИА Новости. Текст",
            Dateline(0, 33, "Москва", 4, 8, None, "РИА Новости"),
        ),
        (
            "МОСКВА. 23 июня. ИНТЕРФАКС - Текст",
            Dateline(0, 29, "Москва", 23, 6, None, "Интерфакс"),
        ),
        (
            "МОСКВА, 23 июня. /Интерфакс/ Текст",
            Dateline(0, 29, "Москва", 23, 6, None, "Интерфакс"),
        ),
        (
            "МОСКВА, 23 июня 2022. /ТАСС/. Текст",
            Dateline(0, 30, "Москва", 23, 6, 2022, "ТАСС"),
        ),
        (
            "РОСТОВ-НА-ДОНУ, 1 сент. /ПРАЙМ/. Текст",
            Dateline(0, 33, "Ростов-на-Дону", 1, 9, None, "Прайм"),
        ),
        (
            "  НИЖНИЙ НОВГОРОД, 12 дек. \u2013 РБК. Текст",
            Dateline(2, 34, "Нижний Новгород", 12, 12, None, "РБК"),
        ),
        (
            "Москва. 12 мая. INTERFAX - Текст",
            Dateline(0, 27, "Москва", 12, 5, None, "Интерфакс"),
        ),
        (
            "Нижний Новгород, 3 марта. INTERFAX.RU - Текст",
            Dateline(0, 40, "Нижний Новгород", 3, 3, None, "Интерфакс"),
        ),
        (
            "Минск, 5 мая /БелТА/. Текст",
            Dateline(0, 22, "Минск", 5, 5, None, "БелТА"),
        ),
    ],
    ids=[
        "tass", "ria-abbreviated-hyphen", "ria-em-dash-nbsp", "interfax-caps",
        "interfax-slashes", "with-year", "rostov-prime", "nizhny-rbc-en-dash",
        "interfax-title-case-city", "interfax-ru", "belta-title-case-city",
    ],
)  # fmt: skip
def test_find_dateline(text, expected):
    dateline = find_dateline(text)
    assert dateline == expected
    assert text[dateline.stop :] == "Текст"


@pytest.mark.parametrize(
    "text",
    [
        "Москва, как сообщили в пресс-службе, 23 июня примет делегацию.",
        "МВД сообщило о задержании подозреваемого.",
        "ООН, США и ЕС договорились 5 мая о перемирии.",
        "В среду, 30 марта 2016 года, в Госдуме прошёл круглый стол.",
        "Москва, 12 мая, встретит гостей парадом.",
        "Он /по его словам/ не знал об этом.",
        "",
    ],
    ids=[
        "city-in-sentence",
        "caps-abbreviation",
        "caps-list",
        "wikinews-lead",
        "title-city-date-no-agency",
        "title-word-slashes",
        "empty",
    ],
)
def test_find_dateline_ignores_sentences(text):
    assert find_dateline(text) is None


def test_normalize_text():
    source = "\ufeffМОСКВА, 23 июня.\r\nТекст\u00a0— цитата.\rЕщё \n \n"
    assert normalize_text(source) == "МОСКВА, 23 июня.\nТекст\u00a0— цитата.\nЕщё"


def test_fold_text():
    assert fold_text("Всё\u00a0ЁЛКИ\u202fи\u2009ёж") == "все елки и еж"


@given(st.text())
def test_normalize_and_fold_never_fail(text):
    normalized = normalize_text(text)
    assert "\r" not in normalized
    assert not normalized.startswith("\ufeff")
    folded = fold_text(text)
    assert "\u00a0" not in folded
    assert "ё" not in folded and "Ё" not in folded


# --- formats --------------------------------------------------------------------------------


def test_txt(tmp_path):
    path = tmp_path / "2022-06-23-tass.txt"
    path.write_text(TASS, encoding="utf-8")
    frame, caught = load_warnings(path)
    assert list(frame.columns) == list(ARTICLE_COLUMNS)
    row = frame.iloc[0]
    assert row.text == TASS
    assert pd.isna(row.title)
    assert (row.city, row.source) == ("Москва", "ТАСС")
    assert row.date == pd.Timestamp("2022-06-23")
    assert row.path == str(path)
    assert row.article_id.startswith("2022-06-23-tass-")
    assert caught == []
    assert frame.attrs["skipped"] == []


def test_txt_headline_becomes_title(tmp_path):
    path = tmp_path / "wikinews.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    row = load_articles(path).iloc[0]
    assert row.title == "Госдума планирует разрешить беспилотные автомобили"
    assert row.text == ARTICLE
    assert row.date == pd.Timestamp("2016-03-30")


@pytest.mark.parametrize(
    "first_line, title",
    [
        ("Шойгу встретился с казахстанским коллегой", "Шойгу встретился с казахстанским коллегой"),
        ("Министр обороны высоко оценил взаимодействие.", None),
        ("Кто победит на выборах?", None),
        ("«Мы высоко ценим достигнутый уровень»,\u00a0— сказал Шойгу", None),
        ("МОСКВА, 23 июня. /ТАСС/", None),
        ("Слишком длинная строка " * 10, None),
    ],
    ids=["headline", "sentence", "question", "quote", "dateline", "too-long"],
)
def test_txt_title_rule(tmp_path, first_line, title):
    path = tmp_path / "article.txt"
    path.write_text(first_line.strip() + "\nВторой абзац статьи.", encoding="utf-8")
    row = load_quietly(path).iloc[0]
    assert (None if pd.isna(row.title) else row.title) == title


def test_single_line_txt_has_no_title(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Шойгу встретился с казахстанским коллегой", encoding="utf-8")
    assert pd.isna(load_articles(path).title.iloc[0])


def test_markdown(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Беспилотные автомобили\n\n" + ARTICLE, encoding="utf-8")
    row = load_articles(path).iloc[0]
    assert row.title == "Беспилотные автомобили"
    assert row.text.startswith("# Беспилотные автомобили\n")


HTML = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8"><title>Госдума и беспилотники</title>
<link rel="canonical" href="https://example.org/news/1">
<style>p { color: red; }</style>
<script>var secret = "не текст";</script>
</head>
<body>
<h1>Госдума планирует разрешить беспилотные автомобили</h1>
<script>alert(1)</script>
<p>Депутаты обсудили &laquo;беспилотные   системы&raquo;&nbsp;&mdash; сказал
   депутат.</p>
<noscript>Включите JavaScript</noscript>
<ul><li>КоАП</li><li>ПДД</li></ul>
</body></html>
"""


def test_html(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    row = load_articles(path).iloc[0]
    assert row.title == "Госдума и беспилотники"
    assert row.url == "https://example.org/news/1"
    assert row.text == (
        "Госдума планирует разрешить беспилотные автомобили\n"
        "Депутаты обсудили «беспилотные системы»\u00a0— сказал депутат.\n"
        "КоАП\nПДД"
    )
    for hidden in ("alert", "secret", "color", "JavaScript", "<"):
        assert hidden not in row.text


def test_html_h1_is_title_without_title_tag(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text("<h1>Заголовок</h1><p>Текст статьи.</p>", encoding="cp1251")
    row = load_articles(path).iloc[0]
    assert row.title == "Заголовок"
    assert row.text == "Заголовок\nТекст статьи."


def test_csv_comma(tmp_path):
    path = tmp_path / "news.csv"
    frame = pd.DataFrame(
        {
            "id": [101, 102],
            "title": ["Шойгу и Казахстан", "Беспилотники"],
            "text": [TASS, ARTICLE],
            "date": ["2022-06-23", "2016-03-30T10:00:00+03:00"],
            "url": ["https://tass.ru/1", None],
        }
    )
    frame.to_csv(path, index=False)
    loaded = load_articles(path)
    assert loaded.article_id.tolist() == ["101", "102"]
    assert loaded.title.tolist() == ["Шойгу и Казахстан", "Беспилотники"]
    assert loaded.text.tolist() == [TASS, ARTICLE]
    assert loaded.date.tolist() == [pd.Timestamp("2022-06-23"), pd.Timestamp("2016-03-30 10:00")]
    assert loaded.source.iloc[0] == "ТАСС" and pd.isna(loaded.source.iloc[1])
    assert loaded.url.iloc[0] == "https://tass.ru/1" and pd.isna(loaded.url.iloc[1])
    assert loaded.path.tolist() == [f"{path}:1", f"{path}:2"]


def test_csv_excel_semicolon_cp1251(tmp_path):
    path = tmp_path / "выгрузка.csv"
    rows = [
        "Заголовок;Текст;Дата",
        f'Шойгу и Казахстан;"{TASS}";23.06.2022',
        f'Беспилотники;"{ARTICLE}";30 марта 2016',
    ]
    path.write_bytes("\r\n".join(rows).encode("cp1251"))
    loaded = load_articles(path)
    assert loaded.title.tolist() == ["Шойгу и Казахстан", "Беспилотники"]
    assert loaded.text.tolist() == [TASS, ARTICLE]
    assert loaded.date.tolist() == [pd.Timestamp("2022-06-23"), pd.Timestamp("2016-03-30")]
    assert loaded.article_id.str.startswith("выгрузка-1-").iloc[0]


def test_tsv(tmp_path):
    path = tmp_path / "news.tsv"
    path.write_text(
        "doc_id\theadline\tbody\tисточник\n7\tШойгу\tМинистр обороны встретился с коллегой.\tТАСС\n",
        encoding="utf-8",
    )
    row = load_articles(path).iloc[0]
    assert (row.article_id, row.title, row.source) == ("7", "Шойгу", "ТАСС")
    assert row.text == "Министр обороны встретился с коллегой."


def test_jsonl(tmp_path):
    path = tmp_path / "news.jsonl"
    records = [{"id": "a", "title": "Шойгу", "text": TASS}, {"id": "b", "text": ARTICLE}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    loaded = load_articles(path, year=2022)
    assert loaded.article_id.tolist() == ["a", "b"]
    assert loaded.date.tolist() == [pd.Timestamp("2022-06-23"), pd.Timestamp("2016-03-30")]
    assert loaded.path.tolist() == [f"{path}:1", f"{path}:2"]


@pytest.mark.parametrize("wrap", [lambda items: items, lambda items: {"articles": items}])
def test_json(tmp_path, wrap):
    path = tmp_path / "news.json"
    items = [{"content": TASS, "published": "2022-06-23"}, {"content": ARTICLE}]
    path.write_text(json.dumps(wrap(items), ensure_ascii=False), encoding="utf-8")
    loaded = load_articles(path)
    assert loaded.text.tolist() == [TASS, ARTICLE]
    assert loaded.path.tolist() == [f"{path}:1", f"{path}:2"]


def test_json_single_object(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"текст": ARTICLE}, ensure_ascii=False), encoding="utf-8")
    assert load_articles(path).text.tolist() == [ARTICLE]


def test_parquet(tmp_path):
    path = tmp_path / "news.parquet"
    dates = pd.to_datetime(["2022-06-23", None])
    pd.DataFrame({"Text": [TASS, ARTICLE], "Date": dates}).to_parquet(path)
    loaded = load_articles(path, year=2022)
    assert loaded.text.tolist() == [TASS, ARTICLE]
    # the second row has no date value: the lead's "30 марта 2016 года" is used
    assert loaded.date.tolist() == [pd.Timestamp("2022-06-23"), pd.Timestamp("2016-03-30")]


def test_gzip(tmp_path):
    text_path = tmp_path / "2022-06-23-tass.txt.gz"
    text_path.write_bytes(gzip.compress(TASS.encode("cp1251")))
    lines_path = tmp_path / "news.jsonl.gz"
    line = json.dumps({"id": "x", "text": ARTICLE}, ensure_ascii=False)
    lines_path.write_bytes(gzip.compress(line.encode("utf-8")))
    loaded = load_articles([text_path, lines_path])
    assert loaded.text.tolist() == [TASS, ARTICLE]
    assert loaded.article_id.iloc[0].startswith("2022-06-23-tass-")
    assert loaded.date.iloc[0] == pd.Timestamp("2022-06-23")
    assert loaded.path.iloc[1] == f"{lines_path}:1"


def test_explicit_columns(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("колонка,другая\nТекст статьи.,2022-06-23\n", encoding="utf-8")
    with pytest.raises(ValueError, match="text_column="):
        load_quietly(path)
    row = load_articles(path, text_column="Колонка", date_column="другая").iloc[0]
    assert (row.text, row.date) == ("Текст статьи.", pd.Timestamp("2022-06-23"))


# --- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1251", "koi8_r"]
)
def test_encodings_decode_exactly(tmp_path, seed_path, encoding):
    paragraph = first_paragraph(seed_path)
    assert len(paragraph) >= 300
    text = paragraph + "\n" + "Взаимодействие между странами растёт."
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    assert load_articles(path, year=2022).text.iloc[0] == text


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "utf-16"])
def test_wikinews_paragraph_encodings(tmp_path, shared_corpora, encoding):
    lines = (shared_corpora / "wikinews-ru" / "articles.jsonl").read_text("utf-8").split("\n")
    paragraphs = [p for line in lines[:20] for p in json.loads(line)["text"].split("\n")]
    text = next(p for p in paragraphs if len(p) >= 300 and "«" in p and "\u00a0—" in p)
    path = tmp_path / "wikinews.txt"
    path.write_bytes(text.encode(encoding))
    assert load_articles(path).text.iloc[0] == text


def test_crlf_bom_and_nbsp(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffПервая строка\u00a0— с NBSP.\r\nВторая строка.\r\n".encode())
    text = load_articles(path).text.iloc[0]
    assert text == "Первая строка\u00a0— с NBSP.\nВторая строка."


def test_forced_encoding(tmp_path):
    path = tmp_path / "koi8.txt"
    path.write_bytes("Короткий текст.".encode("koi8_r"))
    assert load_articles(path, encoding="koi8_r").text.iloc[0] == "Короткий текст."


# --- bad input ------------------------------------------------------------------------------


def write_bad_folder(folder):
    folder.mkdir()
    (folder / "2022-06-23-good.txt").write_text(TASS, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text(" \n\t\n", encoding="utf-8")
    noise = random.Random(0).randbytes(512)
    (folder / "noise.txt").write_bytes(noise[:100] + b"\x00\x00" + noise[100:])
    (folder / "notes.jsonl").write_text(
        '{"id": "ok", "text": "Нормальная запись."}\n{"id": broken\n{"id": "no-text"}\n'
        '{"id": "blank", "text": "  "}\n{"id": "num", "text": 5}\n',
        encoding="utf-8",
    )
    (folder / "table.csv").write_text("name,value\nа,1\n", encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    (folder / ".ipynb_checkpoints").mkdir()
    (folder / ".ipynb_checkpoints" / "good-checkpoint.txt").write_text(TASS, "utf-8")


def test_bad_files_are_reported_once(tmp_path):
    folder = tmp_path / "news"
    write_bad_folder(folder)
    frame, caught = load_warnings(folder)
    assert frame.article_id.tolist()[1] == "ok"
    assert frame.path.tolist() == [
        str(folder / "2022-06-23-good.txt"),
        f"{folder / 'notes.jsonl'}:1",
    ]
    reasons = dict(frame.attrs["skipped"])
    assert reasons == {
        str(folder / "blank.md"): "whitespace-only file",
        str(folder / "empty.txt"): "empty file",
        str(folder / "noise.txt"): "binary file",
        f"{folder / 'notes.jsonl'}:2": reasons[f"{folder / 'notes.jsonl'}:2"],
        f"{folder / 'notes.jsonl'}:3": reasons[f"{folder / 'notes.jsonl'}:3"],
        f"{folder / 'notes.jsonl'}:4": "empty text",
        f"{folder / 'notes.jsonl'}:5": "text is not a string (int)",
        str(folder / "picture.png"): "unsupported extension .png",
        str(folder / "table.csv"): reasons[str(folder / "table.csv")],
    }
    assert reasons[f"{folder / 'notes.jsonl'}:2"].startswith("malformed JSON")
    assert "no text field" in reasons[f"{folder / 'notes.jsonl'}:3"]
    assert "'name', 'value'" in reasons[str(folder / "table.csv")]
    assert "text_column=" in reasons[str(folder / "table.csv")]
    assert len(caught) == 1
    assert "skipped 9" in str(caught[0].message)


def test_warn_false_keeps_report(tmp_path):
    folder = tmp_path / "news"
    write_bad_folder(folder)
    frame, caught = load_warnings(folder, warn=False)
    assert caught == [] and len(frame.attrs["skipped"]) == 9


def test_not_recursive(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "top.txt").write_text("Верхний текст.", encoding="utf-8")
    (tmp_path / "sub" / "deep.txt").write_text("Вложенный текст.", encoding="utf-8")
    assert load_articles(tmp_path).text.tolist() == ["Вложенный текст.", "Верхний текст."]
    assert load_articles(tmp_path, recursive=False).text.tolist() == ["Верхний текст."]


def test_no_skips_attr_is_empty_list(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Текст.", encoding="utf-8")
    assert load_articles(path).attrs["skipped"] == []


def test_missing_path_raises(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        load_articles(tmp_path / "nowhere")


def test_only_bad_files_raise(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.bin").write_bytes(b"\x00\x01\x02")
    with pytest.raises(ValueError, match=r"bad.*empty file"):
        load_articles(folder)


def test_duplicate_ids_get_suffixes(tmp_path):
    path = tmp_path / "dups.jsonl"
    lines = [json.dumps({"id": "x", "text": text}) for text in ("Один.", "Два.", "Один.")]
    path.write_text("\n".join(lines), encoding="utf-8")
    frame, caught = load_warnings(path)
    assert frame.article_id.tolist() == ["x", "x~2", "x~3"]
    assert len(frame) == 3
    assert len(caught) == 1 and "~2" in str(caught[0].message)


def test_unparseable_date_is_nat_and_warned(tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("text,date\nТекст один.,вчера\nТекст два.,вчера\n", encoding="utf-8")
    frame, caught = load_warnings(path)
    assert frame.date.isna().all() and len(frame) == 2
    assert len(caught) == 1 and "'вчера'" in str(caught[0].message)


# --- the seed and the shared corpora --------------------------------------------------------


def test_seed(seed_path):
    frame, caught = load_warnings(seed_path)
    row = frame.iloc[0]
    assert (row.city, row.source) == ("Москва", "ТАСС")
    assert row.date == pd.Timestamp("2022-06-23")
    assert pd.isna(row.title)
    assert row.text.startswith("МОСКВА, 23 июня.")
    assert row.text == normalize_text(seed_path.read_text(encoding="utf-8"))
    assert caught == []


def test_seed_without_year_warns(tmp_path, seed_path):
    path = tmp_path / "shoigu-kazakhstan.txt"
    shutil.copy(seed_path, path)
    frame, caught = load_warnings(path)
    assert pd.isna(frame.date.iloc[0])
    assert len(caught) == 1 and "year=" in str(caught[0].message)
    assert load_articles(path, year=2022).date.iloc[0] == pd.Timestamp("2022-06-23")


def test_wikinews(shared_corpora):
    path = shared_corpora / "wikinews-ru" / "articles.jsonl"
    frame, caught = load_warnings(path)
    assert len(frame) == 661 and frame.attrs["skipped"] == [] and caught == []
    assert frame.article_id.iloc[0] == "wikinews-100084"
    assert frame.article_id.is_unique
    assert frame.path.iloc[0] == f"{path}:1"
    assert frame.title.notna().all()
    # only about half the leads carry a full date ("В среду, 30 марта 2016 года")
    assert frame.date.notna().mean() >= 0.4
    assert frame.date.dropna().dt.year.between(2004, 2025).mean() >= 0.95
    assert frame.date.iloc[0] == pd.Timestamp("2016-03-30")


def test_factrueval(shared_corpora):
    path = shared_corpora / "factrueval-2016" / "devset.jsonl"
    frame, caught = load_warnings(path)
    assert len(frame) == 122 and frame.attrs["skipped"] == [] and caught == []
    assert frame.path.tolist()[-1] == f"{path}:122"
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    # only trailing whitespace goes, so entity offsets still match
    assert frame.text.tolist() == [record["text"].rstrip() for record in records]
