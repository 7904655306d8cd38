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
    modifies the noun right before it (no comma, no verb between)."""
    if ctx.toks[noun].lemma not in NOUN_BOUND_SOURCES or prep == 0:
        return False
    before = ctx.toks[prep - 1]
    return before.pos in ("NOUN", "PROPN") and before.stop < ctx.toks[prep].start
