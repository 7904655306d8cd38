"""Direct quotes, round 8 (branch qa8), in invented sentences: a split quote's second part is
one record (not again as a first-person sentence), an attribution after a dash stays in its
line, `так называемый «Q»` is a term."""

from __future__ import annotations

import pytest
from quote_rows import direct_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "«Мы дошли до полюса, — сказал лыжник Олег Сомов. — Я не думал, что в семьдесят "
            "лет я смогу пройти весь маршрут. Это лучший день в моей жизни».",
            [
                ("Мы дошли до полюса", "Олег Сомов", "direct:split_inside"),
                (
                    "Я не думал, что в семьдесят лет я смогу пройти весь маршрут. Это лучший "
                    "день в моей жизни",
                    "Олег Сомов",
                    "direct:split_inside",
                ),
            ],
            id="split_second_part_once",
        ),
        pytest.param(
            "«Мне здесь хорошо, — признаётся актриса Вера Лисина. — Я каждый день хожу к морю "
            "и радуюсь солнцу».",
            [
                ("Мне здесь хорошо", "Вера Лисина", "direct:split_inside"),
                (
                    "Я каждый день хожу к морю и радуюсь солнцу",
                    "Вера Лисина",
                    "direct:split_inside",
                ),
            ],
            id="split_second_part_first_person",
        ),
    ],
)
def test_split_quote_rows(text, expected, models):
    assert direct_rows(text, models) == expected


def test_dash_attribution_stays_in_its_line(models):
    text = (
        "Мэр Олег Рыбин напомнил горожанам их «главное общее богатство» — доверие:\n"
        "Давайте продолжим помогать друг другу. Мы справимся с любыми трудностями вместе."
    )
    rows = direct_rows(text, models)
    assert ("главное общее богатство", "Олег Рыбин", "direct:clause_cue") in rows
    assert all(rule != "direct:dash_after" for _, _, rule in rows)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "По данным доклада министерства, город попал в так называемый «список отстающих "
            "регионов».",
            id="tak_nazyvaemyj",
        ),
        pytest.param(
            "Директор Олег Рыбин сказал, что завод входит в т. н. «зону особого внимания».",
            id="t_n",
        ),
        pytest.param(
            "Министр Анна Белова заявила, что район стал так называемой «серой зоной без правил».",
            id="tak_nazyvaemaja_instrumental",
        ),
    ],
)
def test_so_called_is_a_term(text, models):
    assert direct_rows(text, models) == []
