"""Twin records (round 9, qh9): one indirect span read twice, by a frame that names its
source (`C, по его словам, C2`) and by one that names none (`Официально об этом может быть
объявлено`: the clause before, impersonal): the unnamed twin goes."""

from __future__ import annotations

from .records import Context, Quote


def unnamed_twins(quotes: list[Quote]) -> list[Quote]:
    """Quotes less an indirect one with no speaker whose span another indirect quote with a
    speaker has too (C, по его словам, C2. Об этом ...: the same clause read twice)."""
    named = {(q.start, q.stop) for q in quotes if q.kind == "indirect" and q.speaker.name}
    return [
        q
        for q in quotes
        if not (q.kind == "indirect" and not q.speaker.name and (q.start, q.stop) in named)
    ]


POINTING_BACK = (  # rules whose content is the statement before their cue
    "indirect:ob_etom",
    "indirect:anaphoric_cue",
    "indirect:anaphoric_object",
    "indirect:so_said",
    "indirect:restated_view",
)


def restated_twins(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """Quotes less a row that points back (`Об этом он сообщил в эфире`) to a sentence whose
    statement a quote of the same speaker after that row's span already holds (`X заявил:
    «Q».`, `X уверен: C.`): the row would report the attribution alone. (`X сообщил о C. Об
    этом он рассказал Y` keeps both: the gold reports the whole sentence too.)"""
    return [q for q in quotes if not _restated(ctx, q, quotes)]


def _restated(ctx: Context, q: Quote, quotes: list[Quote]) -> bool:
    if q.rule not in POINTING_BACK or not q.speaker.name:
        return False
    _, end = ctx.sentence_of(max(q.start, q.stop - 1))
    name = q.speaker.name.lower()
    return any(
        other is not q
        and other.rule not in POINTING_BACK
        and q.stop <= other.start < end
        and (other.speaker.name or "").lower() == name
        for other in quotes
    )
