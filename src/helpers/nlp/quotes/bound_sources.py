"""A source phrase bound to the noun before it names no source: ``чемпион мира по версии
WBC`` (a ranking's title), ``слушание дела по заявлению жителей`` (a case opened on a
filing). Only the nouns of ``quote_noun_bound_sources`` (версия, заявление) are read so;
``ущерб по данным МЧС составил ...`` keeps its source.
"""

from __future__ import annotations

from .lexicons import NOUN_BOUND_SOURCES
from .records import Context


def bound_to_noun(ctx: Context, prep: int, noun: int) -> bool:
    """The source phrase with its preposition at token ``prep`` and its noun at ``noun``
    modifies the noun right before it (no comma, no verb, no line break between: a
    headline's last noun is no head of the body's `По заявлению X`)."""
    if ctx.toks[noun].lemma not in NOUN_BOUND_SOURCES or prep == 0:
        return False
    before = ctx.toks[prep - 1]
    gap = ctx.text[before.stop : ctx.toks[prep].start]
    return before.pos in ("NOUN", "PROPN") and bool(gap) and "\n" not in gap
