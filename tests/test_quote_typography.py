"""Quotes do not depend on typography: CRLF line breaks, straight quotes, hyphens.

Each text is written once in Wikinews typography («», —, LF) and retyped the way agency
copy and site dumps come; the quotes found must be the same (offsets moved with the text).
"""

from __future__ import annotations

import pytest

from helpers.pipeline.analysis import extract_quotes

TEXTS = {
    "block-after-colon": (
        "Министр культуры Ольга Смирнова выступила на открытии фестиваля.\n"
        "Она сказала:\n\n"
        "Фестиваль пройдёт в десяти городах. Мы ждём гостей из разных стран.\n"
        "Вход на все показы будет бесплатным."
    ),
    "paragraph-quote": (
        "Глава компании Андрей Волков заявил журналистам:\n\n"
        "«Завод начнёт работу в марте. Мы наймём триста человек».\n\n"
        "«Это только начало», — добавил Волков."
    ),
    "lead-and-colon": (
        "Переговоры продолжатся в среду, сообщил посол Павел Орлов.\n"
        "По его словам, стороны обсудят поставки зерна.\n"
        "Орлов подчеркнул:\n«Мы рассчитываем на результат»."
    ),
}


def straight(text: str) -> str:
    return text.translate(str.maketrans(dict.fromkeys("«»„“”", '"')))


def hyphens(text: str) -> str:
    return text.translate(str.maketrans(dict.fromkeys("—–", "-")))


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def rows(text: str) -> list[tuple]:
    """(start and stop in the LF text, kind, speaker, words) of each quote."""
    frame = extract_quotes(text)
    lf = [len(text[:i].replace("\r\n", "\n")) for i in range(len(text) + 1)]
    return [
        (lf[r.start], lf[r.stop], r.kind, r.speaker, r.text.split()) for r in frame.itertuples()
    ]


@pytest.mark.parametrize("name", TEXTS)
@pytest.mark.parametrize(
    "retype",
    [crlf, straight, hyphens, lambda t: crlf(hyphens(straight(t)))],
    ids=["crlf", "straight-quotes", "hyphens", "agency"],
)
def test_same_quotes_in_any_typography(name, retype):
    text = TEXTS[name]
    expected = rows(text)
    assert expected, "the text holds quotes"
    assert rows(retype(text)) == expected


def test_crlf_offsets_index_the_text_as_given():
    text = crlf(TEXTS["block-after-colon"])
    frame = extract_quotes(text)
    assert len(frame) > 0
    for row in frame.itertuples():
        assert text[row.start : row.stop] == row.text
