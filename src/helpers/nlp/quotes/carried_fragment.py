"""A quoted clause carried on from the sentence before (round 9): `В мэрии уточнили, что
«Q1». Вызов поступил утром, «бригада прибыла через шесть минут», однако ...`: a lowercase
fragment with a predicate of its own (a clause, not a term) inside an author's sentence with
no speech verb and no person named, right after a sentence (no blank line between) whose
quote has a speaker: that speaker's words go on (``direct:carried_fragment``)."""

from __future__ import annotations

from .cues import is_predicate
from .records import Context, Quote

FRAGMENT_WORDS = 4  # a carried clause has at least this many words


def carried_fragment(ctx: Context, m) -> Quote | None:
    q = m.q
    if ctx.text[q.start : q.start + 1].isupper() or m.n_words < FRAGMENT_WORDS:
        return None
    if m.cue_before is not None or "\n" in ctx.text[q.start : q.stop]:
        return None
    if not any(is_predicate(t) for t in ctx.tokens_in(q.start, q.stop)):
        return None  # a term or a name in quotes, no clause
    start, stop = ctx.sentence_of(q.start)
    toks = [t for t in ctx.tokens_in(start, stop) if not (q.start <= t.start < q.stop)]
    if any(ctx.is_finite_cue(t) or t.low in ctx.lex.impersonal for t in toks):
        return None  # a speech verb of its own: the other frames read it
    if any(p.type == "PER" and start <= p.start < stop for p in ctx.mentions):
        return None
    before = [(a, b) for a, b in ctx.sents if b <= start]
    if not before or ctx.text.count("\n", before[-1][1], start) > 1:
        return None  # the sentence right before, no blank line between
    a, b = before[-1]
    spoken = [speaker for pos, speaker in ctx.spoken if a <= pos < b]
    if not spoken or spoken[-1].name is None:
        return None
    return m.quote(spoken[-1], "")
