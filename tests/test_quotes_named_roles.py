"""A role phrase that names its person right after it: `один из зрителей, 62-летний Иван
Орлов` (an apposition after `один из`) and `писатель и журналист Виктор Белов` (two
coordinated roles of one person): the person speaks, not the role."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.pipeline.analysis import extract_quotes


def speakers(text: str, models) -> list[str | None]:
    table = extract_quotes(text, models)
    return [None if pd.isna(s) else s for s in table[table["kind"] == "direct"]["speaker"]]


CASES = [
    pytest.param(
        "«Теперь и умереть спокойно можно», — сказал один из зрителей, 62-летний Иван Орлов.",
        "Иван Орлов",
        id="one_of_then_name",
    ),
    pytest.param(
        "«Мы ждали этого матча десять лет», — рассказала одна из болельщиц, студентка Анна Белова.",
        "Анна Белова",
        id="one_of_then_role_and_name",
    ),
    pytest.param(
        "Решение прокомментировал писатель и журналист Виктор Белов: «К сожалению, суд давно "
        "увяз в политике».",
        "Виктор Белов",
        id="coordinated_roles",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_named_role(text, speaker, models):
    assert speakers(text, models) == [speaker]


KEPT = [
    pytest.param(
        "«Мы ждали этого матча десять лет», — сказал один из зрителей, стоявших у входа.",
        "один из зрителей",
        id="one_of_then_participle",
    ),
    pytest.param(
        "«Мы ждали этого матча десять лет», — сказал один из зрителей.",
        "один из зрителей",
        id="one_of_alone",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), KEPT)
def test_role_kept(text, speaker, models):
    assert speakers(text, models) == [speaker]
