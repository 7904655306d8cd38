"""`По словам X, «q»` (direct:po_slovam): a speech verb in a relative clause about X
(которого цитирует «Интерфакс») does not take the quote from X; `по их словам` names the
speaker of the sentence before. A collective source named by an office noun (сообщили в
офисе коронера, в секретариате совета) speaks."""

from __future__ import annotations

import pytest
from quote_rows import direct_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "По словам министра сельского хозяйства Олега Смирнова, которого цитирует "
            "«Интерфакс», запрет на ввоз является «острой проблемой для страны».",
            ("острой проблемой для страны", "Олег Смирнов", "direct:po_slovam"),
            id="relative_clause_cue",
        ),
        pytest.param(
            "По словам губернатора Ивана Петрова, с которым беседовали журналисты, мост "
            "станет «самым длинным в регионе».",
            ("самым длинным в регионе", "Иван Петров", "direct:po_slovam"),
            id="relative_clause_other_verb",
        ),
        pytest.param(
            "Арест может отразиться на всей отрасли, полагают собеседники издания. По их "
            "словам, чиновник «по сути, курирует весь интернет-бизнес в стране».",
            (
                "по сути, курирует весь интернет-бизнес в стране",
                "собеседники издания",
                "direct:po_slovam",
            ),
            id="po_ikh_slovam",
        ),
    ],
)
def test_source_before(text, expected, models):
    assert expected in direct_rows(text, models)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Актёр умер от «тупых травм головы и шеи». Об этом сообщили в офисе коронера.",
            "офис коронера",
            id="office",
        ),
        pytest.param(
            "«Полностью решение будет опубликовано до нового года», — сообщили в секретариате "
            "совета.",
            "секретариат совета",
            id="secretariat",
        ),
    ],
)
def test_office_speaks(text, speaker, models):
    assert [s for _, s, _ in direct_rows(text, models)] == [speaker]
