"""Rejecting as speech (round 9): `X отверг обвинения в C` denies words said and reports
them, like отрицать; `совет отверг законопроект` is an act. A verb of
quote_rejecting_verbs.txt reports only with a noun of quote_claim_nouns.txt heading its
object."""

from __future__ import annotations

from .lexicons import CLAIM_NOUNS, REJECTING
from .records import Context, Tok

HEAD_WORDS = 3  # words before the object's head noun at most (все эти обвинения)


def rejects_act(ctx: Context, verb: Tok, b: Tok) -> bool:
    """``verb`` rejects, and the object that starts at ``b`` is no claim: an act."""
    if verb.lemma not in REJECTING:
        return False
    for t in ctx.toks[b.i : b.i + HEAD_WORDS + 1]:
        if t.pos in ("NOUN", "PROPN"):
            return t.lemma not in CLAIM_NOUNS and t.low not in CLAIM_NOUNS
    return True
