"""Partial quotes inside reported speech (round 7): `СМИ привели слова X о том, что Израиль
является «раной на теле мусульманского мира»`. A quoted fragment of three words or more
inside indirect content that no rule took as a direct quote is the speaker's own words
(the guideline: an indirect record for the clause, a direct one for the fragment); not a
name or title in the marks. When the fragment is all the clause (`Как заявил X, «Q».`), the
clause adds nothing of its own: the direct record alone stays (``whole_clauses``)."""

from __future__ import annotations

from .direct import is_title, so_called
from .marks import Quoted, words
from .records import Context, Quote

RULE = "direct:quoted_words"
FRAGMENT_WORDS = 3  # the guideline's least quoted fragment


def quoted_words(ctx: Context, spans: list[Quoted], quotes: list[Quote]) -> list[Quote]:
    """Direct records for the quoted fragments inside the indirect ``quotes``."""
    direct = [q for q in quotes if q.kind == "direct"]
    out = []
    for q in spans:
        if any(d.start < q.stop and q.start < d.stop for d in direct + out):
            continue
        if (
            len(words(ctx.text[q.start : q.stop])) < FRAGMENT_WORDS
            or is_title(ctx, q)
            or so_called(ctx, q)
        ):
            continue
        if "\n" in ctx.text[q.start : q.stop]:
            continue
        host = next(
            (
                r
                for r in quotes
                if r.kind == "indirect"
                and r.speaker.name
                and r.start <= q.start - 1
                and q.stop <= r.stop + 1
            ),
            None,
        )
        if host is None:
            continue
        out.append(Quote(q.start, q.stop, "direct", host.speaker, host.cue, RULE))
    return out


CLAUSE_EDGE = " \u00a0\t\n.,;:!?…«»„“”\"'"  # around a fragment that is all its clause


def whole_clauses(ctx: Context, quotes: list[Quote], fragments: list[Quote]) -> list[Quote]:
    """``quotes`` without the indirect records whose content is one of ``fragments`` and
    nothing more than its marks and final punctuation (`Как заявил X, «Q».`: direct only)."""
    spans = {(f.start, f.stop) for f in fragments}
    out = []
    for q in quotes:
        a, b = q.start, q.stop
        while a < b and ctx.text[a] in CLAUSE_EDGE:
            a += 1
        while b > a and ctx.text[b - 1] in CLAUSE_EDGE:
            b -= 1
        if q.kind != "indirect" or (a, b) not in spans:
            out.append(q)
    return out
