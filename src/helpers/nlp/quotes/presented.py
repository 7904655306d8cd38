"""A quoted paragraph after a paragraph that presents a person (round 9): `Олег Сомов, адвокат
из Казани, возглавляет коллегию адвокатов.` (new paragraph) `«Обвинение обязано показать
защите все улики ...»`: news introduces someone, then gives their words without a verb of
speech; the person the paragraph before opens with speaks (``direct:presented``)."""

from __future__ import annotations

from .carried import first_person
from .cues import is_predicate
from .records import Context, Quote, Speaker

PRESENTED_WORDS = 6  # a quoted paragraph of this many words at least (a statement)


def presented(ctx: Context, m) -> Quote | None:
    q = m.q
    line = ctx.text.rfind("\n", 0, q.start) + 1
    end = ctx.text.find("\n", q.stop)
    end = len(ctx.text) if end == -1 else end
    if ctx.text[line : q.start - 1].strip(" '") or ctx.text[q.stop + 1 : end].strip(" .\u00a0'"):
        return None  # the quote is not all of its paragraph
    if not ctx.text[q.start : q.start + 1].isupper() or m.n_words < PRESENTED_WORDS:
        return None
    if not any(is_predicate(t) for t in ctx.tokens_in(q.start, q.stop)):
        return None
    prev_end = len(ctx.text[:line].rstrip())
    prev_start = ctx.text.rfind("\n", 0, prev_end) + 1
    if prev_end == 0 or ctx.text.count("\n", prev_end, line) > 2:
        return None  # no paragraph before, or more than one blank line between
    speaker = _presenter(ctx, prev_start, prev_end)
    return m.quote(speaker, "") if speaker is not None else None


def _presenter(ctx: Context, start: int, stop: int) -> Speaker | None:
    """The one person the paragraph [start, stop) opens with, when it has no quotation mark,
    no speech verb and no other person: a presentation, not a report."""
    text = ctx.text[start:stop]
    if any(ch in text for ch in '«»„“"') or first_person(ctx, start, stop):
        return None
    toks = ctx.tokens_in(start, stop)
    if any(ctx.is_cue(t) or t.low in ctx.lex.impersonal for t in toks):
        return None
    people = [p for p in ctx.mentions if p.type == "PER" and start <= p.start < stop]
    if not people or people[0].start != start or len({p.name for p in people}) != 1:
        return None
    return Speaker(people[0].name, people[0].start, people[0].stop)
