"""``назвал X «Y, чтобы ...»`` with Y entirely in quotation marks and a clause of its own (a
verb or a comma inside): the direct record of the fragment carries it, and no indirect record
is made for X Y, as for a `что` clause or a requested action given entirely in quotation
marks (README "Decisions": content given entirely in quotation marks is direct only). A
quoted noun phrase (назвал реформу «убийцей рабочих мест»), a 1-2 word fragment (no direct
record) or words of the author's in Y keep X Y indirect, as the gold mostly does.
"""

from __future__ import annotations

from .lexicons import NAMING
from .marks import words
from .records import Context, Quote

FRAGMENT_WORDS = 3  # words of a quoted fragment that makes a direct record
TAIL = 2  # characters at the content's end a quote may stop short of (closing mark, dot)


def quoted_predicate(ctx: Context, q: Quote, lemma: str) -> bool:
    """The instrumental predicate of the naming verb ``lemma`` in ``q`` opens a quotation of
    3+ words with a clause of its own that runs to the content's end (or past it)."""
    if lemma not in NAMING and lemma not in ctx.lex.predicative_cues:
        return False
    pred = next(
        (
            t
            for t in ctx.tokens_in(q.start, q.stop)
            if t.pos in ("NOUN", "ADJ") and t.feats.get("Case") == "Ins"
        ),
        None,
    )
    if pred is None:
        return False
    for start, stop in ctx.quoted:
        if start <= pred.start < stop and start > q.start and stop >= q.stop - TAIL:
            if _before(ctx, start, pred.start) or len(words(ctx.text[start:stop])) < FRAGMENT_WORDS:
                return False
            return _clause(ctx, start, stop)
    return False


def _clause(ctx: Context, start: int, stop: int) -> bool:
    """The quotation holds a clause of its own: a verb or a comma."""
    toks = ctx.tokens_in(start, stop)
    return any(t.text == "," or t.pos in ("VERB", "AUX") for t in toks)


def _before(ctx: Context, start: int, pos: int) -> bool:
    """Words inside the quotation before the predicate (then Y is not the whole quote)."""
    return bool(words(ctx.text[start:pos]))
