"""Twin records (round 9, qh9): one indirect span read twice, by a frame that names its
source (`C, по его словам, C2`) and by one that names none (`Официально об этом может быть
объявлено`: the clause before, impersonal): the unnamed twin goes."""

from __future__ import annotations

from .records import Quote


def unnamed_twins(quotes: list[Quote]) -> list[Quote]:
    """Quotes less an indirect one with no speaker whose span another indirect quote with a
    speaker has too (C, по его словам, C2. Об этом ...: the same clause read twice)."""
    named = {(q.start, q.stop) for q in quotes if q.kind == "indirect" and q.speaker.name}
    return [
        q
        for q in quotes
        if not (q.kind == "indirect" and not q.speaker.name and (q.start, q.stop) in named)
    ]
