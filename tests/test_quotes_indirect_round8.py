"""Indirect speech, round 8 (qc8), in invented sentences: a future speech act reports
nothing yet; where fronted and reason content ends; source phrases and impersonal reports."""

from __future__ import annotations

import pytest
from quote_rows import found


def indirect(text: str, models) -> list[tuple[str, str, str | None, str]]:
    return [q for q in found(text, models) if q[0] == "indirect"]


FUTURE = [
    pytest.param("Жюри конкурса назовёт победителей в пятницу в Казани.", id="will_name"),
    pytest.param("Министр Олег Петров расскажет школьникам о космосе.", id="will_tell"),
    pytest.param("Компания объявит о новом тарифе на следующей неделе.", id="will_announce"),
    pytest.param(
        "Мэр Иван Орлов заявил, что ушёл в отпуск. Подробности он сообщит об этом позже.",
        id="will_report_this",
    ),
]


@pytest.mark.parametrize("text", FUTURE)
def test_future_reports_nothing(text, models):
    rows = indirect(text, models)
    assert all(row[3] != "indirect:ob_etom" for row in rows)
    assert all(not row[1].startswith(("победител", "о космосе", "о новом")) for row in rows)


def test_present_is_still_a_report(models):
    text = "Жильцы дома клянутся, что не слышали никакого шума."
    assert ("indirect", "не слышали никакого шума", "жильцы дома", "indirect:chto_clause") in (
        found(text, models)
    )
