"""Text cells of a site's dump kept as HTML (round 17): character references and running-text
tags read as the text a browser shows, so quotation marks and dashes written as `&laquo;`,
`&mdash;` reach the quote rules; a cell with no markup stays byte for byte."""

from __future__ import annotations

import json

import pytest

from helpers.io.load import load_articles
from helpers.io.readers import html_cell
from helpers.pipeline.analysis import extract_quotes


@pytest.mark.parametrize(
    "cell, text",
    [
        pytest.param(
            "&laquo;Мы готовы&raquo;, &mdash; заявил министр.",
            "«Мы готовы», — заявил министр.",
            id="references-only",
        ),
        pytest.param(
            "Первая строка &quot;цитата&quot;\nвторая строка",
            'Первая строка "цитата"\nвторая строка',
            id="references-keep-line-breaks",
        ),
        pytest.param(
            "<p>Первый абзац.</p><p>Второй&nbsp;абзац, <b>жирный</b>.</p>",
            "Первый абзац.\nВторой\u00a0абзац, жирный.",
            id="tags-as-paragraphs",
        ),
        pytest.param(
            "Компания A & B: рост 5 > 3, <не тег> и &nbsp без точки с запятой.",
            "Компания A & B: рост 5 > 3, <не тег> и &nbsp без точки с запятой.",
            id="near-miss-no-markup",
        ),
    ],
)
def test_html_cell(cell, text):
    assert html_cell(cell) == text


def test_csv_dump_with_references_gives_quotes(tmp_path, models):
    cell = (
        "&laquo;Мы не собираемся повышать тарифы в этом году&raquo;, &mdash; заявил "
        "министр энергетики Иван Петров.<br>Решение примут в марте."
    )
    (tmp_path / "dump.jsonl").write_text(
        json.dumps({"title": "Тарифы", "text": cell}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    text = load_articles(tmp_path)["text"].iloc[0]
    assert text.startswith("«Мы не собираемся")
    assert "\nРешение примут в марте." in text
    quotes = extract_quotes(text, models)
    assert quotes[["kind", "speaker"]].values.tolist() == [["direct", "Иван Петров"]]
